# SPDX-License-Identifier: GPL-2.0
# Body of build/bin/upstream_iommufd_test and upstream_iommufd_fail_nth_test
# (the Makefile here puts PROG, KNOWN and PEER_KNOWN in front of it): runs upstream
# iommufd's own selftest program PROG, found beside this script, in the
# test VM against /dev/iommu, and passes its TAP output on with one change:
#
#   - a failing test listed in KNOWN (tools/selftests/upstream/
#     known-differences; peer-differences on the peer lane) becomes
#     "not ok ... # TODO known difference: REASON", which
#     tools/vm/results.sh counts neither passed nor failed;
#   - a passing test listed there becomes a failure, so the list never
#     claims a difference that is gone.
#
# Exit status: PROG's, except that a run whose only failures are listed
# ones exits 0. PROG killed or crashing keeps its status.
# iommufd_fail_nth needs fault injection (/proc/self/fail-nth): without
# it (the stock kernel) the program is skipped with exit 4; the debug lane
# runs it.

dir=$(dirname "$0")
list=known-differences
bin=$dir/$PROG
tmp=/tmp/upstream.$$
mkdir -p "$tmp" || exit 1
trap 'rm -rf "$tmp"' EXIT

if [ ! -x "$bin" ]; then
	echo "not ok 1 $PROG: $bin is not there (scripts/upstream-selftests.sh)"
	exit 1
fi
# The peer lane (make check-peer) runs these against upstream iommufd
# itself: there the list of our differences gives way to PEER_KNOWN
# (tools/selftests/upstream/peer-differences: the tests that Debian's 6.12
# kernel fails itself, its package's selftests being newer than it). Nearly
# all of them use upstream's mock IOMMU, which in 6.12 gets no devices
# while another IOMMU driver is registered (VT-d): they run in the lane's
# boot without an IOMMU.
if [ "${IOASID_VM_LANE:-}" = peer ]; then
	if [ "${IOASID_VM_VTD:-on}" != off ]; then
		echo "# $PROG skipped: upstream's mock IOMMU gets no devices" \
		     "while VT-d is registered (the peer lane's boot without" \
		     "an IOMMU runs it)"
		exit 4
	fi
	KNOWN=$PEER_KNOWN
	list=peer-differences
fi
if [ "$PROG" = iommufd_fail_nth ] && [ ! -e /proc/self/fail-nth ]; then
	echo "# $PROG skipped: this kernel has no fault injection" \
	     "(the debug lane runs it)"
	exit 4
fi

# Upstream's hugepage variants map MAP_HUGETLB memory: reserve what its
# tests need (as its README asks) and give it back afterwards.
hp=/proc/sys/vm/nr_hugepages
old_hp=$(cat $hp)
echo 128 >$hp

printf '%s\n' "$KNOWN" >"$tmp/known"
{
	(cd /tmp && "$bin" "$@")
	echo $? >"$tmp/rc"
} 2>&1 | awk -v counts="$tmp/counts" '
# The first file is the list: NAME-PATTERN REASON, "#" comments.
# A pattern is a test name in which "*" matches anything.
FNR == NR {
	if ($0 ~ /^[ \t]*(#|$)/)
		next
	pat = $1
	$1 = ""
	sub(/^[ \t]+/, "")
	gsub(/\./, "\\.", pat)
	gsub(/\*/, ".*", pat)
	npat++
	pats[npat] = "^" pat "$"
	why[npat] = $0
	next
}
function listed(name,   i) {
	for (i = 1; i <= npat; i++)
		if (name ~ pats[i])
			return i
	return 0
}
/^(not )?ok [0-9]+ / {
	notok = ($1 == "not")
	name = notok ? $4 : $3
	if ($0 ~ /#[ \t]*[Ss][Kk][Ii][Pp]/) {
		print
		next
	}
	i = listed(name)
	if (i && notok) {
		known++
		print $0 " # TODO known difference: " why[i]
	} else if (i) {
		unexpected++
		sub(/^ok/, "not ok")
		print $0 " # listed in tools/selftests/upstream/" list \
		      " but passes: take it off the list"
	} else {
		if (notok)
			unexpected++
		print
	}
	fflush()
	next
}
{ print; fflush() }
END {
	printf "# upstream %s: %d known difference(s), %d unexpected result(s)\n",
	       prog, known, unexpected
	print unexpected + 0 >counts
}' prog="$PROG" list="$list" "$tmp/known" -

echo "$old_hp" >$hp
rc=$(cat "$tmp/rc" 2>/dev/null || echo 1)
unexpected=$(cat "$tmp/counts" 2>/dev/null || echo 1)
# The harness exits 1 (KSFT_FAIL) when a test failed.
if [ "$rc" = 1 ] && [ "$unexpected" = 0 ]; then
	exit 0
fi
[ "$rc" = 0 ] && [ "$unexpected" != 0 ] && exit 1
exit "$rc"
