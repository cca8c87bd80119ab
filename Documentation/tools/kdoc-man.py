#!/usr/bin/python3
# SPDX-License-Identifier: GPL-2.0
"""Section 3 man pages for every function documented in libioasid.h.

    kdoc-man.py [--top DIR] -o OUTDIR HEADER    write OUTDIR/<function>.3
    kdoc-man.py --list HEADER                   print the function names

A function is documented when a "/**" line is followed by " * name() - ...";
that is also what abi-check.sh requires of every exported function, so a new
function gets its page without anyone editing a list.  The page is made by
Debian's scripts/kernel-doc (-man -function NAME) and then turned from a
kernel page (section 9) into a library page: section 3, the library's name
and version in the header and footer, the #include and link line in the
SYNOPSIS, and SEE ALSO.  The date is the header's last commit date (or its
modification time), so pages do not change from one build to the next.
Any output of kernel-doc on stderr is an error.
"""
import argparse
import datetime
import os
import re
import subprocess
import sys

sys.dont_write_bytecode = True
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)),
                                '..', 'sphinxext'))
from ioasid_kerneldoc import find_kernel_doc, libioasid_version  # noqa: E402

VERSION = libioasid_version(os.path.join(os.path.dirname(
    os.path.abspath(__file__)), '..', '..'))


def documented_functions(header):
    names, prev = [], ''
    with open(header) as f:
        for line in f:
            m = re.match(r' \* ([A-Za-z_][A-Za-z0-9_]*)\(\) -', line)
            if prev.rstrip() == '/**' and m:
                names.append(m.group(1))
            prev = line
    return names


def page_date(top, header):
    try:
        out = subprocess.run(['git', '-C', top, 'log', '-1', '--format=%cs',
                              '--', header], capture_output=True, text=True,
                             check=True).stdout.strip()
        if out:
            return out
    except (OSError, subprocess.CalledProcessError):
        pass
    t = os.path.getmtime(header)
    return datetime.datetime.utcfromtimestamp(t).strftime('%Y-%m-%d')


def convert(name, text, date, others):
    out = []
    synopsis_done = False
    for line in text.splitlines():
        if line.startswith('.TH '):
            out.append('.TH "%s" 3 "%s" "libioasid %s" "libioasid Manual"'
                       % (name.upper(), date, VERSION))
            continue
        out.append(line)
        if line.startswith('.SH SYNOPSIS') and not synopsis_done:
            out += ['.nf', '.B #include <libioasid.h>', '.PP',
                    'Link with \\fI\\-lioasid\\fP '
                    '(\\fIpkg\\-config \\-\\-cflags \\-\\-libs libioasid\\fP).',
                    '.fi', '.PP']
            synopsis_done = True
    out.append('.SH "SEE ALSO"')
    refs = ['.BR ioasid (4)'] + ['.BR %s (3)' % o for o in others]
    out.append(',\n'.join(refs))
    return '\n'.join(out) + '\n'


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--top', default=os.path.join(
        os.path.dirname(os.path.abspath(__file__)), '..', '..'))
    ap.add_argument('-o', dest='outdir')
    ap.add_argument('--list', action='store_true')
    ap.add_argument('header')
    args = ap.parse_args()

    names = documented_functions(args.header)
    if args.list:
        print('\n'.join(names))
        return 0
    if not args.outdir:
        ap.error('-o OUTDIR is required')
    kdoc = find_kernel_doc(os.path.abspath(args.top))
    if not kdoc:
        print('kdoc-man: kernel-doc not found (install linux-headers-amd64 '
              'or set KERNELDOC)', file=sys.stderr)
        return 1
    os.makedirs(args.outdir, exist_ok=True)
    date = page_date(args.top, args.header)
    # SEE ALSO: the functions of the same family (first two words).
    fam = {n: '_'.join(n.split('_')[:2]) for n in names}
    for name in names:
        res = subprocess.run(['perl', kdoc, '-man', '-function', name,
                              args.header], capture_output=True, text=True)
        if res.returncode != 0 or res.stderr.strip() or not res.stdout:
            print('kdoc-man: kernel-doc failed for %s:\n%s'
                  % (name, res.stderr), file=sys.stderr)
            return 1
        others = [o for o in names if o != name and fam[o] == fam[name]]
        with open(os.path.join(args.outdir, name + '.3'), 'w') as f:
            f.write(convert(name, res.stdout, date, others[:8]))
    print('kdoc-man: %d pages in %s' % (len(names), args.outdir))
    return 0


if __name__ == '__main__':
    sys.exit(main())
