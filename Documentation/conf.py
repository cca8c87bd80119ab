# SPDX-License-Identifier: GPL-2.0
# Sphinx configuration of the ioasid documentation.  Built by "make docs"
# (Documentation/Makefile) with -W: every warning is an error.
import os
import sys

# No __pycache__ in the source tree.
sys.dont_write_bytecode = True

here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(here, 'sphinxext'))

project = 'ioasid'
author = 'the ioasid authors'
copyright = '2026, the ioasid authors'
extensions = ['ioasid_kerneldoc']
ioasid_top = os.path.dirname(here)

# libioasid's release, from lib/libioasid/Makefile.
from ioasid_kerneldoc import libioasid_version  # noqa: E402
release = version = libioasid_version(ioasid_top)

root_doc = 'index'
exclude_patterns = ['_build']
primary_domain = 'c'
highlight_language = 'none'
# kernel-doc emits references to types that are not ours (__u32, size_t).
nitpicky = False

html_theme = 'alabaster'
html_title = 'ioasid documentation'
html_static_path = []

# Section 4: the device.  The section 3 pages (one per libioasid function)
# are made from libioasid.h by tools/kdoc-man.py, not by Sphinx.
man_pages = [
    ('ioasid.4', 'ioasid', 'I/O address spaces for device DMA (iommufd uAPI)',
     [author], 4),
    ('ioasidctl.8', 'ioasidctl', 'show what /dev/ioasid contexts hold',
     [author], 8),
]
man_show_urls = False
