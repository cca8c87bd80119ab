#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
# The layers of ioasidfd.ko (run by check-layering.sh after every module
# build; a failure fails the build).
#
# usage: check-core-layers.sh OBJDIR
#   OBJDIR  the directory holding the core's built .o files
#           (drivers/iommu/ioasid of a kbuild output)
#
# Every file of the core sits in one layer, listed below bottom first. A
# file may call functions (and use data) of files in layers below its own,
# never of its own layer's other files or of a layer above: so there is no
# circle, and following a call always goes down. Static inlines in
# ioasidfd_private.h are how one object type makes small lookups on
# another without a call edge. The graph comes from the objects' symbol
# tables (nm), so it sees exactly the calls the compiler kept.
#
# Adding a file to the core means placing it here.
set -eu

LAYERS="
object
kvm_handoff
context
pages
domain_fill
io_pagetable
ioas
dirty
vfio_compat
fault
hw_pagetable
device
access
mock_iommu
selftest
netlink
main
"

dir=${1:?usage: $0 OBJDIR}
[ -d "$dir" ] || { echo "check-core-layers: no directory $dir" >&2; exit 1; }

# A file of the core as built: its object, and its source beside it (an
# object whose source was removed or renamed is a stale output; kbuild no
# longer links it).
built() {
	[ -f "$dir/$1.o" ] && [ -f "$dir/$1.c" ]
}

fail=0
rank=0
ranks=$(mktemp)
defs=$(mktemp)
trap 'rm -f "$ranks" "$defs"' EXIT

for f in $LAYERS; do
	rank=$((rank + 1))
	echo "$f $rank" >>"$ranks"
	built "$f" || continue
	nm --defined-only -g "$dir/$f.o" |
		awk -v f="$f" -v r="$rank" 'NF == 3 { print $3, f, r }' >>"$defs"
done

# Every object of the core must have a place.
for o in "$dir"/*.o; do
	[ -f "$o" ] || continue
	f=$(basename "$o" .o)
	case $f in ioasidfd | *.mod) continue ;; esac
	built "$f" || continue
	if ! grep -q "^$f " "$ranks"; then
		echo "check-core-layers: $f.c is in no layer (scripts/check-core-layers.sh)" >&2
		fail=1
	fi
done

while read -r f r; do
	built "$f" || continue
	bad=$(nm -u "$dir/$f.o" | awk 'NF == 2 { print $2 }' |
		awk -v f="$f" -v r="$r" '
			NR == FNR { def[$1] = $2; lvl[$1] = $3; next }
			($1 in def) && def[$1] != f && lvl[$1] >= r {
				printf "  %s.c calls %s of %s.c (%s)\n", f, $1,
					def[$1], lvl[$1] == r ? "same layer" : "a layer above"
			}' "$defs" -)
	if [ -n "$bad" ]; then
		echo "check-core-layers: calls that do not go down:" >&2
		echo "$bad" >&2
		fail=1
	fi
done <"$ranks"

[ $fail = 0 ] && echo "check-core-layers: ok ($(grep -c . "$ranks") layers, every call goes down)"
exit $fail
