#!/bin/sh
# SPDX-License-Identifier: LGPL-2.1-or-later
# abi-check.sh SO MAP HEADER: the ABI of libioasid must be exactly what the
# version script and the header say.  Three lists must be equal:
#   - the dynamic symbols SO defines (nm -D --defined-only), each with the
#     version node it is bound to;
#   - the symbols MAP lists, each with the node it is listed under;
#   - the functions HEADER declares and documents with a kernel-doc comment
#     (the name only: the header does not know the nodes).
# Prints the differences and exits 1 if there are any.
set -eu
so=$1 map=$2 hdr=$3
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# "ioasid_open@@LIBIOASID_1.0"; the version nodes themselves (type A) and
# anything without a version are kept as they are, so that they show up.
nm -D --defined-only "$so" | awk '$2 != "A" { print $3 }' |
	sed 's/@@*/ /' | LC_ALL=C sort >"$tmp/so"

# Node headers "NAME {" start a node; "sym;" lines inside "global:" list.
awk '
	/^[ \t]*#/ { next }
	/^[A-Za-z_][A-Za-z0-9_.]*[ \t]*\{/ { node = $1; sub(/\{.*/, "", node); scope = ""; next }
	/global:/ { scope = "global"; sub(/.*global:/, "") }
	/local:/ { scope = "local"; next }
	/^\}/ { node = ""; next }
	scope == "global" && node != "" {
		n = split($0, w, /[ \t;]+/)
		for (i = 1; i <= n; i++) if (w[i] != "") print w[i], node
	}' "$map" | LC_ALL=C sort >"$tmp/map"

# Documented: "/**" followed by " * name() - ...".  Declared: a line that
# starts a prototype (not a comment) naming an identifier followed by "(".
awk '
	prev ~ /^\/\*\*[ \t]*$/ && match($0, /^ \* [A-Za-z_][A-Za-z0-9_]*\(\)/) {
		s = substr($0, 4, RLENGTH - 5); print s
	}
	{ prev = $0 }' "$hdr" | LC_ALL=C sort -u >"$tmp/doc"
grep -E '^[a-z][^(*/#]*[ *]ioasid_[A-Za-z0-9_]*\(' "$hdr" |
	sed -E 's/^[^(]*[ *](ioasid_[A-Za-z0-9_]*)\(.*/\1/' | LC_ALL=C sort -u >"$tmp/decl"

rc=0
report() { # report WHAT FILE_A FILE_B
	if ! cmp -s "$2" "$3"; then
		echo "abi-check: $1:"
		diff "$2" "$3" | sed -n 's/^[<>] .*/  &/p'
		rc=1
	fi
}
report "exported by $(basename "$so") (<) vs listed in $map (>)" "$tmp/so" "$tmp/map"
cut -d' ' -f1 "$tmp/map" | LC_ALL=C sort -u >"$tmp/mapnames"
report "declared in $hdr (<) vs listed in $map (>)" "$tmp/decl" "$tmp/mapnames"
report "declared in $hdr (<) vs documented there (>)" "$tmp/decl" "$tmp/doc"
if [ $rc = 0 ]; then
	echo "abi-check: $(basename "$so"): $(wc -l <"$tmp/so") symbols, as $map and $(basename "$hdr") say"
fi
exit $rc
