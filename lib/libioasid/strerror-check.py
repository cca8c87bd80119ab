#!/usr/bin/env python3
# SPDX-License-Identifier: LGPL-2.1-or-later
"""Check that ioasid_strerror() has a text for every errno libioasid.h documents.

usage: strerror-check.py libioasid.h strerror.c

For every function whose kernel-doc says "Wraps IOCTL" and whose "Return:"
section names errnos (-EXXX), each errno must have a call-specific entry
E(IOCTL, EXXX, ...) in strerror.c, unless it is one of the errnos whose
general text says all there is to say for any call (bad fd, bad pointer,
out of memory, not our fd). And every errno documented anywhere in the
header must have a general text, so that no documented error reads
"unknown error". Exit status 1, with the missing pairs listed, otherwise 0.
"""
import re
import sys

# Errnos whose general text fits every call that documents them.
GENERIC_ENOUGH = {"EBADF", "EFAULT", "ENOMEM", "ENOTTY"}


def main():
    if len(sys.argv) != 3:
        print(__doc__.strip().splitlines()[2], file=sys.stderr)
        return 2
    hdr = open(sys.argv[1], encoding="utf-8").read()
    src = open(sys.argv[2], encoding="utf-8").read()
    specific = set(re.findall(r"\bE\(\s*(\w+)\s*,\s*(E[A-Z0-9]+)\s*,", src))
    general = set(re.findall(r"\{\s*(E[A-Z0-9]+)\s*,\s*\"", src))

    missing = []
    documented = set()
    calls = 0
    for m in re.finditer(r"/\*\*\n(.*?)\*/\n[^;{]*?\b(ioasid_\w+)\s*\(",
                         hdr, re.S):
        doc, fn = m.group(1), m.group(2)
        ret = re.search(r"Return:(.*)", doc, re.S)
        if not ret:
            continue
        errs = set(re.findall(r"-(E[A-Z0-9]+)\b", ret.group(1)))
        documented |= errs
        wraps = re.search(r"Wraps\s+([A-Z][A-Z0-9_]+)", doc)
        if not wraps:
            continue
        calls += 1
        for err in sorted(errs - GENERIC_ENOUGH):
            if (wraps.group(1), err) not in specific:
                missing.append("%s (%s): -%s has no text of its own"
                               % (fn, wraps.group(1), err))
    for err in sorted(documented - general):
        missing.append("-%s is documented but has no general text" % err)

    if missing:
        print("strerror-check: ioasid_strerror() misses documented errors:",
              file=sys.stderr)
        for line in missing:
            print("  " + line, file=sys.stderr)
        return 1
    print("strerror-check: %d wrapped calls, every documented errno has its "
          "text (%d call-specific, %d general)"
          % (calls, len(specific), len(general)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
