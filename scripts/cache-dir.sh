#!/bin/sh
# Print (and create) the machine-wide cache directory NAME of ioasid:
# /var/cache/ioasid/NAME, or ${XDG_CACHE_HOME:-~/.cache}/ioasid/NAME when
# that cannot be written.  Outside any clone, so every clone and CI run on
# the machine shares it (tools/vm/vmlinux.sh, scripts/debug-kernel.sh).
#
# usage: cache-dir.sh NAME
set -eu

[ $# = 1 ] || { echo "usage: $0 NAME" >&2; exit 2; }
dir=/var/cache/ioasid/$1
if ! mkdir -p "$dir" 2>/dev/null || [ ! -w "$dir" ]; then
	dir=${XDG_CACHE_HOME:-$HOME/.cache}/ioasid/$1
	mkdir -p "$dir" || { echo "cache-dir.sh: cannot create $dir" >&2; exit 1; }
fi
cd "$dir" && pwd
