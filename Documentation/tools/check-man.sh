#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
# check-man.sh SO MANDIR: every symbol SO exports has MANDIR/man3/<symbol>.3,
# there is MANDIR/man4/ioasid.4, and man(1) renders every page with no
# warning from groff.
set -eu
so=$1 mandir=$2
fail=0 n=0
for sym in $(nm -D --defined-only "$so" | awk '$2 != "A" { sub(/@.*/, "", $3); print $3 }'); do
	if [ ! -f "$mandir/man3/$sym.3" ]; then
		echo "check-man: $sym is exported but has no man page"
		fail=1
	fi
done
for page in "$mandir"/man3/*.3 "$mandir/man4/ioasid.4"; do
	n=$((n + 1))
	# --warnings: groff's warnings go to stderr; any of them fails.
	err=$(MANWIDTH=80 man --warnings -E UTF-8 -l "$page" 2>&1 >/dev/null) || {
		echo "check-man: man -l $page failed: $err"
		fail=1
		continue
	}
	if [ -n "$err" ]; then
		echo "check-man: man -l $page warns:"
		echo "$err" | sed 's/^/  /'
		fail=1
	fi
	if [ "$(MANWIDTH=80 man -l "$page" 2>/dev/null | wc -l)" -lt 5 ]; then
		echo "check-man: man -l $page renders (almost) nothing"
		fail=1
	fi
done
[ $fail = 0 ] && echo "check-man: $n man pages, one for each exported function, all render"
exit $fail
