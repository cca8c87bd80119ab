#!/bin/bash
# Merge the results of several boots of one job, test by test, and print
# per program how many tests passed, were skipped and failed.
#
# usage: merge-results.sh OUTPUT_LOG...
#
# Each OUTPUT_LOG is what the guest's /init and the programs printed in one
# boot (tools/vm/init's markers, kselftest TAP lines).  The peer lane boots
# twice, and most tests run in one boot and skip in the other (real devices
# need VT-d, upstream's mock needs its absence), so a test counts once:
#   failed   if it failed in any boot;
#   passed   if it passed in some boot and failed in none;
#   skipped  if it was skipped in every boot it appeared in.
# A program that exits non-zero without a failing TAP line counts one
# failed test "(exit status)"; a program that exits 4 or 77 (skipped as a
# whole) in every boot counts one skip.  /init's own results are the
# program "vm".  "# TODO" results count in no column.
#
# This is a summary only: tools/vm/results.sh, run on each boot, decides
# pass or fail (it also reads the kernel log).
set -euo pipefail

[ $# -ge 1 ] || { echo "usage: $0 OUTPUT_LOG..." >&2; exit 2; }

for log in "$@"; do
	echo "#boot $log"
	tr -d '\r' <"$log"
done | awk '
function note(prog, test, st) {
	if (!((prog) in pseen)) { pseen[prog] = 1; porder[++np] = prog }
	key = prog SUBSEP test
	if (!(key in tseen)) { tseen[key] = 1; tests[prog] = tests[prog] SUBSEP test }
	# f beats p beats s
	if (st == "f" || (st == "p" && res[key] != "f") || (st == "s" && res[key] == ""))
		res[key] = st
}
/^#boot / { prog = ""; next }
/^# ioasid-vm: run / { prog = $4; fails = 0; run = ""; next }
# The harness announces each test; its skip lines may omit the name.
/^#  RUN / { run = $3; next }
/^# ioasid-vm: exit / {
	name = $4; rc = $5
	if (rc == 4 || rc == 77) {
		if (!(name in pseen)) { pseen[name] = 1; porder[++np] = name }
		wholeskip[name] = 1
	} else if (rc != 0 && fails == 0) {
		note(name, "(exit status)", "f")
	}
	prog = ""; next
}
/^(not )?ok( |$)/ {
	p = (prog == "" ? "vm" : prog)
	notok = ($1 == "not")
	line = $0
	sub(/^(not )?ok( [0-9]+)? */, "", line)
	sub(/ *#.*/, "", line)
	# /init names a result by its whole description, a program by the
	# test name (or, when the line has none, the one announced last).
	test = (p == "vm") ? line : (line != "" ? line : run)
	if (test == "") test = "#" (notok ? $3 : $2)
	d = tolower($0)
	if (d ~ /#[ \t]*todo/) next
	if (d ~ /#[ \t]*skip/) { note(p, test, "s"); next }
	if (notok) { fails++; note(p, test, "f") } else note(p, test, "p")
	next
}
END {
	printf "%-28s %7s %7s %7s\n", "program (all boots)", "passed", "skipped", "failed"
	for (i = 1; i <= np; i++) {
		prog = porder[i]
		n = split(substr(tests[prog], 2), t, SUBSEP)
		c["p"] = c["s"] = c["f"] = 0
		for (j = 1; j <= n; j++)
			c[res[prog, t[j]]]++
		if (n == 0 && wholeskip[prog])
			c["s"] = 1
		printf "%-28s %7d %7d %7d\n", prog, c["p"], c["s"], c["f"]
		tp += c["p"]; ts += c["s"]; tf += c["f"]
	}
	printf "%-28s %7d %7d %7d\n", "total", tp, ts, tf
}'
