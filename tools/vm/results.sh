#!/bin/bash
# Count the results of a test VM run and print "N passed, N failed".
#
# usage: results.sh [-t] [-p] [-j JOB] OUTPUT_LOG KERNEL_LOG
#   -t      the VM timed out (counts as one failure)
#   -p      also print, per program, how many results passed, were skipped
#           and failed (a skipped program counts as one skip; /init's own
#           results count under "vm")
#   -j JOB  the job that ran (demo also lists the guest's DMAR fault reports)
#
# OUTPUT_LOG is what the guest's /init and the programs printed (see
# tools/vm/init for its markers); KERNEL_LOG is the guest's kernel console.
# Counting rules:
#   - every "ok" TAP line passes, every "not ok" line fails, "# SKIP" lines
#     and "# TODO" ones count neither (TODO marks a listed known difference
#     of upstream's own tests: tools/selftests/upstream/known-differences);
#   - a program that exits non-zero without printing any "not ok" line is one
#     failure; one that exits 0 without printing any TAP result is one pass;
#     a program exiting 4 (KSFT_SKIP) or 77 is skipped and counts neither;
#   - a VM timeout, or output without the end-of-run marker, is one failure;
#   - any sign of trouble in the guest kernel log is one failure (the
#     offending lines are printed).
# Exit status: 0 when nothing failed, 1 otherwise.
set -euo pipefail

timed_out=0
per_prog=0
job=check
usage="usage: $0 [-t] [-p] [-j JOB] OUTPUT_LOG KERNEL_LOG"
while getopts tpj: opt; do
	case $opt in
	t) timed_out=1 ;;
	p) per_prog=1 ;;
	j) job=$OPTARG ;;
	*) echo "$usage" >&2; exit 2 ;;
	esac
done
shift $((OPTIND - 1))
[ $# = 2 ] || { echo "$usage" >&2; exit 2; }
olog=$1
klog=$2

# What a healthy guest kernel never prints.  "kmemleak" and "KASAN" are
# matched on their report lines only: a debug kernel announces both at boot.
# Most debug-kernel reports also carry "WARNING:" or "BUG:" and a call trace;
# their own titles are listed too, so that a report stays caught if its
# wording changes: KASAN ("BUG: KASAN: ..."), UBSAN, lockdep (circular or
# recursive locking, inconsistent lock state, irq lock inversion, held lock
# freed or held on return to user space, suspicious RCU usage), sleeping in
# atomic context, DEBUG_LIST corruption, kmemleak (the kernel's own summary
# and the "unreferenced object" lines /init copies into the log), lockups and
# hung tasks.
KERNEL_BAD='WARNING:|BUG:|Oops|general protection|KASAN:|UBSAN:'
KERNEL_BAD+='|possible circular locking|possible recursive locking|inconsistent lock state'
KERNEL_BAD+='|possible irq lock inversion|held lock freed|lock held when returning to user space'
KERNEL_BAD+='|suspicious RCU usage|sleeping function called from invalid context'
KERNEL_BAD+='|list_(add|del) corruption'
KERNEL_BAD+='|kmemleak: .*suspected memory leak|unreferenced object'
KERNEL_BAD+='|Call Trace|Kernel panic|blocked for more than|soft lockup|hard LOCKUP'

echo "---- results"
bad=$(tr -d '\r' <"$klog" | grep -nE "$KERNEL_BAD" || true)
kernel_bad=0
if [ -n "$bad" ]; then
	kernel_bad=1
	echo "guest kernel log (${klog}) reports trouble:"
	echo "$bad" | head -n 40 | sed 's/^/  /'
	n=$(echo "$bad" | wc -l)
	[ "$n" -gt 40 ] && echo "  ... and $((n - 40)) more lines"
fi

if [ "$job" = demo ]; then
	faults=$(tr -d '\r' <"$klog" | grep -E 'DMAR: \[DMA (Read|Write)' || true)
	if [ -n "$faults" ]; then
		echo "guest kernel reported these blocked DMAs (VT-d faults):"
		echo "$faults" | sed 's/^\[ *[0-9.]*\] */  /'
	fi
fi

tr -d '\r' <"$olog" | awk -v timed_out="$timed_out" -v kernel_bad="$kernel_bad" -v per_prog="$per_prog" '
function fail(why) { failed++; whys[failed] = why }
# count(WHERE, KIND): the per-program table (KIND p, s or f).
function count(where, kind) {
	if (!(where in seen)) { seen[where] = 1; order[++nprogs] = where }
	n[where, kind]++
}
/^# ioasid-vm: run / {
	prog = $4; prog_fail = 0; prog_results = 0; next
}
/^# ioasid-vm: exit / {
	name = $4; rc = $5
	if (rc == 4 || rc == 77) {
		skipped_progs++
		count(name, "s")
		print "skipped: " name " (exit " rc ")"
	} else if (rc != 0 && prog_fail == 0) {
		count(name, "f")
		fail(name ": exited with status " rc (rc == 137 ? " (killed: time limit?)" : "") \
		     " without a failing TAP line")
	} else if (rc == 0 && prog_results == 0) {
		count(name, "p")
		passed++
	}
	prog = ""; next
}
/^# ioasid-vm: end of run/ { ended = 1; next }
/^(not )?ok( |$)/ {
	where = (prog == "" ? "vm" : prog)
	prog_results++
	directive = tolower($0)
	if (directive ~ /#[ \t]*todo/) { todo++; next }
	if (directive ~ /#[ \t]*skip/) { skipped++; count(where, "s"); next }
	if ($1 == "ok") { passed++; count(where, "p"); next }
	prog_fail++
	count(where, "f")
	fail(where ": " $0)
	next
}
END {
	if (per_prog && nprogs) {
		printf "%-28s %7s %7s %7s\n", "program", "passed", "skipped", "failed"
		for (i = 1; i <= nprogs; i++)
			printf "%-28s %7d %7d %7d\n", order[i], n[order[i], "p"],
			       n[order[i], "s"], n[order[i], "f"]
	}
	if (timed_out) fail("the VM timed out")
	else if (!ended) fail("no end-of-run marker: the VM stopped before /init finished (see the kernel log)")
	if (kernel_bad) fail("the guest kernel log reports trouble (lines above)")
	for (i = 1; i <= failed; i++) print "FAILED: " whys[i]
	if (skipped || skipped_progs)
		printf "%d result(s) and %d program(s) skipped\n", skipped, skipped_progs
	if (todo)
		printf "%d known difference(s) of upstream tests (TODO, not counted)\n", todo
	printf "%d passed, %d failed\n", passed, failed
	exit failed > 0
}'
