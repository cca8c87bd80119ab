# SPDX-License-Identifier: GPL-2.0
"""A Sphinx directive that puts kernel-doc comments of a C header into a page.

    .. kernel-doc:: include/uapi/linux/ioasid.h
       :doc: ioctl conventions        (one DOC: section only)
       :functions: a b c              (only these functions/structs/enums)
       :no-doc-sections:              (everything but DOC: sections)

The path is relative to the repository's top directory.  The work is done
by the kernel's own scripts/kernel-doc (perl) as Debian's linux-headers
package ships it; its reStructuredText output is parsed in place.  Whatever
kernel-doc prints on stderr becomes a Sphinx warning, so "sphinx-build -W"
fails on kernel-doc problems too.

Which kernel-doc: $KERNELDOC if set, else
/usr/src/linux-headers-<KVER>-common/scripts/kernel-doc for the KVER of
scripts/kver.sh, else any /usr/src/linux-headers-*/scripts/kernel-doc.
"""
import glob
import os
import re
import subprocess

import sphinx
from docutils import nodes, statemachine
from docutils.parsers.rst import Directive, directives
from sphinx.util import logging
from sphinx.util.docutils import switch_source_input

logger = logging.getLogger(__name__)

_found = {}


def libioasid_version(top):
    """The library's release, major.minor, from lib/libioasid/Makefile.

    The Makefile's VERSION (major.minor.patch, the shared library's file
    name) is the one place a release is stated; the docs and the man pages
    take it from there.
    """
    with open(os.path.join(top, 'lib', 'libioasid', 'Makefile')) as f:
        for line in f:
            m = re.match(r'VERSION\s*:=\s*(\d+)\.(\d+)\.\d+\s*$', line)
            if m:
                return '%s.%s' % m.groups()
    raise RuntimeError('no VERSION := X.Y.Z in lib/libioasid/Makefile')


def find_kernel_doc(top):
    if 'path' in _found:
        return _found['path']
    path = os.environ.get('KERNELDOC')
    if not path:
        cands = []
        try:
            kver = subprocess.run([os.path.join(top, 'scripts', 'kver.sh')],
                                  capture_output=True, text=True,
                                  check=True).stdout.strip()
            # 6.1.0-56-amd64 -> 6.1.0-56-common
            base = kver.rsplit('-', 1)[0]
            cands.append('/usr/src/linux-headers-%s-common/scripts/kernel-doc'
                          % base)
            cands.append('/usr/src/linux-headers-%s/scripts/kernel-doc' % kver)
        except (OSError, subprocess.CalledProcessError):
            pass
        cands += sorted(glob.glob('/usr/src/linux-headers-*/scripts/kernel-doc'),
                        reverse=True)
        path = next((c for c in cands if os.path.isfile(c)), None)
    _found['path'] = path
    return path


class KernelDocDirective(Directive):
    required_arguments = 1
    optional_arguments = 0
    option_spec = {
        'doc': directives.unchanged_required,
        'functions': directives.unchanged,
        'no-doc-sections': directives.flag,
    }
    has_content = False

    def run(self):
        env = self.state.document.settings.env
        top = env.config.ioasid_top
        src = os.path.join(top, self.arguments[0])
        kdoc = find_kernel_doc(top)
        if not kdoc:
            raise self.error('kernel-doc not found: install linux-headers-amd64 '
                             'or set KERNELDOC')
        if not os.path.isfile(src):
            raise self.error('%s: no such file' % self.arguments[0])
        env.note_dependency(os.path.abspath(src))

        cmd = ['perl', kdoc, '-rst', '-enable-lineno',
               '-sphinx-version', sphinx.__version__]
        if 'doc' in self.options:
            cmd += ['-function', self.options['doc']]
        elif 'functions' in self.options:
            for f in self.options['functions'].split():
                cmd += ['-function', f]
        if 'no-doc-sections' in self.options:
            cmd += ['-no-doc-sections']
        cmd.append(src)

        res = subprocess.run(cmd, capture_output=True, text=True)
        for line in res.stderr.splitlines():
            if line.strip():
                logger.warning('kernel-doc: %s', line.strip(),
                               location=(env.docname, self.lineno))
        if res.returncode != 0:
            raise self.error('kernel-doc failed (%d): %s'
                             % (res.returncode, ' '.join(cmd)))

        # "#define LINENO n" lines tie the output to the header's lines, so
        # that Sphinx's own warnings point at the comment at fault.
        lines = statemachine.ViewList()
        lineno = 0
        for line in res.stdout.splitlines():
            if line.startswith('.. LINENO '):
                lineno = int(line.split()[2]) - 1
                continue
            lines.append(line, src, lineno)
            lineno += 1

        node = nodes.section()
        with switch_source_input(self.state, lines):
            self.state.nested_parse(lines, 0, node, match_titles=True)
        return node.children


def setup(app):
    app.add_config_value('ioasid_top', None, 'env')
    app.add_directive('kernel-doc', KernelDocDirective)
    return {'version': '1.0', 'parallel_read_safe': True,
            'parallel_write_safe': True}
