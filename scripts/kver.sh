#!/bin/sh
# Print the kernel ABI version(s) (e.g. "6.1.0-NN-amd64",
# "6.12.NN+deb12-amd64") that ioasid builds against and boots in the test VM.
#
# usage: kver.sh          the kernel to use: $KVER if set, else the newest
#                         supported kernel installed
#        kver.sh --all    every supported kernel installed, oldest first, one
#                         per line: the newest 6.1 and the newest 6.12 that
#                         have both an image and headers
#
# Supported kernels are Debian's 6.1 (Debian 12) and 6.12 (Debian 13, and
# Debian 12's linux-image-6.12.*+deb12-amd64). A kernel counts as installed
# when /lib/modules/VER/build and /boot/vmlinuz-VER exist. For 6.1 the
# version the linux-headers-amd64 (else linux-image-amd64) metapackage names
# is preferred over the newest directory. The running kernel (uname -r) is
# deliberately not used: the host may run a different kernel than the one we
# test in the VM.
set -eu

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

# newest SERIES: the newest usable kernel of SERIES (6.1, 6.12), if any.
newest() {
	series=$1 best=
	if [ "$series" = 6.1 ]; then
		for cand in "$(from_meta linux-headers-amd64 linux-headers- || true)" \
			    "$(from_meta linux-image-amd64 linux-image- || true)"; do
			case $cand in 6.1.*) usable "$cand" && { echo "$cand"; return 0; } ;; esac
		done
	fi
	for dir in /lib/modules/"$series".*/; do
		v=$(basename "$dir")
		case $v in "$series".*-amd64) ;; *) continue ;; esac
		usable "$v" && best="$best$v
"
	done
	best=$(printf '%s' "$best" | sort -V | tail -n 1)
	[ -n "$best" ] && echo "$best"
}

all=$( (newest 6.1; newest 6.12) || true)

if [ "${1:-}" = --all ]; then
	if [ -z "$all" ]; then
		echo "kver.sh: no supported kernel (6.1, 6.12) with headers and an image; run scripts/deps.sh" >&2
		exit 1
	fi
	echo "$all"
	exit 0
fi

if [ -n "${KVER:-}" ]; then
	echo "$KVER"
	exit 0
fi

if [ -n "$all" ]; then
	echo "$all" | tail -n 1
	exit 0
fi

echo "kver.sh: no supported kernel (6.1, 6.12) with headers and an image; run scripts/deps.sh" >&2
exit 1
