/* SPDX-License-Identifier: GPL-2.0 */
/*
 * How the examples tell what they do: numbered steps, indented remarks,
 * checks that count failures, and a fatal error that ends the program.
 * Shared by the examples; compile narrate.c into each.
 */
#ifndef IOASID_EXAMPLES_NARRATE_H
#define IOASID_EXAMPLES_NARRATE_H

#include <stdbool.h>

/* The program's name, for the final FAILED line of narrate_die(). */
void narrate_init(const char *prog);
/* "[N] ..." on a line of its own, after an empty line. */
void step(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
/* An indented remark under the current step. */
void say(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
/* "OK  : ..." or "FAIL: ..."; a failed check is counted. */
void check(bool ok, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));
/* The number of failed checks so far. */
int narrate_failures(void);
/*
 * Report that @what failed with the negative errno @rc and that the
 * program failed; returns 1, for "return die(...)" from main().
 */
int die(const char *what, int rc);

#endif /* IOASID_EXAMPLES_NARRATE_H */
