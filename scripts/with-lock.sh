#!/bin/sh
# Run a command while holding build/.lock, so that two builds or test VM runs
# started in the same checkout (several people share one) take turns instead
# of writing the same objects and logs at once.  Re-entrant: a command run
# under the lock may call this again without waiting for itself.
#
# usage: with-lock.sh COMMAND [ARGS...]
set -eu

if [ -n "${IOASID_LOCK_HELD:-}" ]; then
	exec "$@"
fi

TOP=$(cd "$(dirname "$0")/.." && pwd)
mkdir -p "$TOP/build"
exec 9>>"$TOP/build/.lock"
if ! flock -n 9; then
	echo "with-lock: another build or VM run is using this checkout; waiting for build/.lock ..."
	flock 9
fi
IOASID_LOCK_HELD=1
export IOASID_LOCK_HELD
exec "$@"
