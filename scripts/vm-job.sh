#!/bin/sh
# Build everything and the VM image, then run JOB in the test VM
# (tools/vm/run.sh).  Used by "make check" and "make demo".
#
# usage: vm-job.sh check|demo
set -eu

job=$1
cd "$(dirname "$0")/.."

if ! make --no-print-directory all initramfs; then
	echo "make $job: the build failed"
	# check promises a result line even when nothing could run.
	[ "$job" = check ] && echo "0 passed, 1 failed"
	exit 1
fi
exec tools/vm/run.sh "$job"
