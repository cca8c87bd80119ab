#!/bin/sh
# Print the kernel ABI version (e.g. "6.1.0-NN-amd64") that ioasid builds
# against and boots in the test VM.
#
# Order of discovery:
#   1. $KVER, if the caller already set it;
#   2. the dependency of the installed linux-headers-amd64 metapackage
#      (what we compile against) that is also an installed image;
#   3. the dependency of the installed linux-image-amd64 metapackage;
#   4. the newest /lib/modules/* that has a build/ directory and a
#      matching /boot/vmlinuz-*.
# The running kernel (uname -r) is deliberately not used: the host may run a
# different kernel than the one we test in the VM.
set -eu

if [ -n "${KVER:-}" ]; then
	echo "$KVER"
	exit 0
fi

# The ABI version named by a metapackage's "Depends: <prefix>VER (= x)".
from_meta() {
	meta=$1 prefix=$2
	deps=$(dpkg-query -W -f='${Status}|${Depends}\n' "$meta" 2>/dev/null) || return 1
	case $deps in
	*"ok installed|"*) ;;
	*) return 1 ;;
	esac
	echo "${deps#*|}" | tr ',' '\n' | sed -n "s/^ *$prefix\([^ (]*\).*/\1/p" | head -n 1
}

usable() {
	[ -n "$1" ] && [ -d "/lib/modules/$1/build" ] && [ -e "/boot/vmlinuz-$1" ]
}

for cand in "$(from_meta linux-headers-amd64 linux-headers- || true)" \
	    "$(from_meta linux-image-amd64 linux-image- || true)"; do
	if usable "$cand"; then
		echo "$cand"
		exit 0
	fi
done

# Fallback: newest installed kernel with both headers and an image.
best=
for dir in /lib/modules/*/; do
	v=$(basename "$dir")
	usable "$v" && best="$best$v
"
done
best=$(printf '%s' "$best" | sort -V | tail -n 1)
if [ -n "$best" ]; then
	echo "$best"
	exit 0
fi

echo "kver.sh: no installed kernel with headers and an image; run scripts/deps.sh" >&2
exit 1
