// SPDX-License-Identifier: GPL-2.0
/* See narrate.h. */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "narrate.h"

static const char *prog_name = "example";
static int step_no;
static int failures;

void narrate_init(const char *prog)
{
	prog_name = prog;
}

void step(const char *fmt, ...)
{
	va_list ap;

	printf("\n[%d] ", ++step_no);
	va_start(ap, fmt);
	vprintf(fmt, ap);
	va_end(ap);
	printf("\n");
}

void say(const char *fmt, ...)
{
	va_list ap;

	printf("    ");
	va_start(ap, fmt);
	vprintf(fmt, ap);
	va_end(ap);
	printf("\n");
}

void check(bool ok, const char *fmt, ...)
{
	va_list ap;

	printf("    %s: ", ok ? "OK  " : "FAIL");
	va_start(ap, fmt);
	vprintf(fmt, ap);
	va_end(ap);
	printf("\n");
	if (!ok)
		failures++;
}

int narrate_failures(void)
{
	return failures;
}

int die(const char *what, int rc)
{
	printf("    FAIL: %s: %s\n", what, strerror(-rc));
	printf("\n%s: FAILED\n", prog_name);
	return 1;
}
