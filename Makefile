# ioasid: top-level build and test entry points (see README.md).
#
#   make            build the kernel modules (the release build: no mock IOMMU,
#                   no IOMMU_TEST_CMD) and the user-space programs
#   make test-modules  the test build of the modules (IOASIDFD_TEST=y: the mock
#                   IOMMU and IOMMU_TEST_CMD) in build/test/modules/KVER/, which
#                   the test VM runs
#   make check      install what is missing, build, run the test suite in a VM,
#                   once on each supported kernel installed (6.1 and 6.12)
#   make demo       install what is missing, build, run (on the newest
#                   supported kernel installed) examples/edu-dma,
#                   examples/viommu, examples/mini-vmm (a KVM guest driving
#                   the device) and examples/qemu-guest (QEMU 10 assigning
#                   an edu to a guest through /dev/iommu) in a VM
#   make bench      install what is missing, build, run tools/bench/map_bench in
#                   the test VM on the peer kernel: DMA mapping through /dev/ioasid,
#                   VFIO type1 and upstream iommufd in the same boot, as ratios;
#                   JSON and a plot in build/bench/ (informational: fails only if
#                   a call fails; not part of make check; KVER=... for a stock
#                   kernel, without iommufd)
#   make check-debug, make demo-debug
#                   the same on the debug kernel (KASAN, lockdep, kmemleak, UBSAN,
#                   fault injection), built once from linux-source-6.1 and cached
#   make fuzz [SECONDS=N]
#                   tools/fuzz's ioasid-fuzz on the debug lane for N seconds
#                   (default 600) with fault injection; fails on any kernel
#                   report, leak or stuck module (THREADS=, SEED=, FAIL=%
#                   and FUZZ_ARGS= pass on; reproducers go to build/fuzz/)
#   make kselftest  the selftests the kselftest way: installed with the kernel's
#                   runner (make kselftest-install) and run by run_kselftest.sh
#                   in the test VM, one result per program
#   make kselftest-install [INSTALL_PATH=DIR]
#                   lay the selftests out as a kselftest tree (default
#                   build/kselftest): DIR/run_kselftest.sh runs them on a host
#                   with the modules loaded; what they cannot use, they skip
#   make deb        the Debian packages, in build/deb/: ioasid-dkms, libioasid1,
#                   libioasid-dev (dpkg-buildpackage -us -uc -b; lintian: no errors)
#   make check-deb  install them on this host (DKMS builds the modules for each
#                   supported kernel), run the demo in the VM with those
#                   modules, build the examples with pkg-config, purge, check
#                   that nothing is left (scripts/deb-test.sh)
#   make check-peer the peer lane: our test programs against upstream iommufd
#                   (/dev/iommu, the stock vfio-pci's device cdevs) on a 6.12
#                   kernel built once from linux-source-6.12 and cached; prints
#                   the counts per program too (Documentation/testing.rst)
#   make debug-kernel  only build (or find in the cache) the debug kernel
#   make peer-kernel   only build (or find in the cache) the peer kernel
#   make qemu       build (or find in the cache) QEMU 10.0 with contrib/qemu/'s patch
#   make vm-shell   boot the VM with everything loaded, busybox shell on the console
#   make deps       install the Debian packages the build and the VM need
#   make docs       the HTML docs and the man pages (Sphinx, -W), build/docs/
#   make install    libioasid (shared, static), its headers, libioasid.pc and
#                   the man pages and the HTML docs (share/doc/libioasid/html)
#                   under $(DESTDIR)$(PREFIX) (default /usr/local)
#   make uninstall  remove what make install put there
#   make install-modules / uninstall-modules
#                   the kernel modules (the release build) into
#                   /lib/modules/KVER/updates (then depmod)
#   make installcheck  host-side: install into build/installcheck/root with
#                   PREFIX=/usr and build the examples through pkg-config
#                   (make check does it and runs the result in the VM)
#   make clean      remove build outputs
#
# The kernel (headers for the build, image for the VM) is discovered from the
# installed Debian packages by scripts/kver.sh: the newest supported one
# (6.1 or 6.12); make check runs on each of them. Set KVER=... to choose one.
# The logic lives in scripts/ and tools/vm/; this file only strings it together.

TOP := $(CURDIR)
# The kernel asked for (KVER=... or the environment), before the default:
# make check runs on every supported kernel unless one is asked for.
KVER_ASKED := $(KVER)
ifeq ($(KVER),)
KVER := $(shell $(TOP)/scripts/kver.sh 2>/dev/null)
endif
export KVER

# User-space parts, in build order (the library first).  Each puts its
# programs in build/bin/.  A directory without a Makefile yet is skipped.
USER_DIRS := lib/libioasid tools/selftests/ioasid tools/qemu-lane/guest examples/edu-dma \
	examples/viommu examples/mini-vmm examples/qemu-guest tools/bench \
	tools/selftests/upstream \
	tools/fuzz tools/ioasidctl

VM := tools/vm

# One build or VM run at a time per checkout (see scripts/with-lock.sh).
LOCKED := scripts/with-lock.sh

.PHONY: all modules test-modules user deps initramfs check demo bench vm-shell clean \
	check-debug demo-debug check-peer fuzz debug-kernel peer-kernel qemu docs man install uninstall \
	install-modules uninstall-modules installcheck kselftest kselftest-install \
	deb check-deb

# Installation directories (GNU names).  The header goes into its own
# directory, $(includedir)/libioasid/, with our uAPI header beside it as
# linux/ioasid.h, so nothing collides with the distribution's
# /usr/include/linux; libioasid.pc adds that directory to Cflags.
PREFIX ?= /usr/local
prefix ?= $(PREFIX)
libdir ?= $(prefix)/lib
includedir ?= $(prefix)/include
mandir ?= $(prefix)/share/man
docdir ?= $(prefix)/share/doc/libioasid
DESTDIR ?=
INSTALL_VARS = PREFIX=$(PREFIX) prefix=$(prefix) libdir=$(libdir) \
	includedir=$(includedir) DESTDIR=$(DESTDIR)

all:
	+@$(LOCKED) $(MAKE) --no-print-directory modules user

modules:
	+@scripts/build-modules.sh

test-modules:
	+@$(LOCKED) scripts/build-modules.sh -t

user:
	+@set -e; for d in $(USER_DIRS); do \
		if [ -f $$d/Makefile ]; then \
			$(MAKE) -C $$d TOP=$(TOP) KVER=$(KVER); \
		else \
			echo "make: skipping $$d (no Makefile yet)"; \
		fi; \
	done

deps:
	@scripts/deps.sh

# The VM image carries the test build of the modules, asked for here, and
# the release build's ioasidfd.ko beside it for make check's release check
# (both are rebuilt if their sources changed).
initramfs:
	+@$(LOCKED) sh -c 'scripts/build-modules.sh && scripts/build-modules.sh -t && $(VM)/mkinitramfs.sh'

# deps runs first and on its own: on a fresh machine it installs the kernel
# that the build (a sub-make in scripts/vm-job.sh) then discovers.
check demo kselftest: deps
	+@$(LOCKED) env KVER="$(KVER_ASKED)" scripts/vm-job.sh $@

# The Debian packages (build/deb/) and their install test (this host).
deb:
	@scripts/deps.sh --deb
	@scripts/make-deb.sh

check-deb: deps
	@scripts/deps.sh --deb
	@scripts/deb-test.sh

# The selftests as an installed kselftest tree (run_kselftest.sh and the
# ioasid collection), for a real host with the modules loaded.
INSTALL_PATH ?= $(CURDIR)/build/kselftest
kselftest-install: user
	+$(MAKE) -C tools/selftests/ioasid TOP=$(CURDIR) install \
		INSTALL_PATH=$(abspath $(INSTALL_PATH))

# bench runs on the peer kernel (it takes the lock itself, as check-peer
# does), or with KVER=... on that stock kernel.
bench: deps
	@scripts/deps.sh --bench
	+@$(if $(KVER_ASKED),$(LOCKED)) env KVER="$(KVER_ASKED)" scripts/vm-job.sh $@

# The debug lane takes the lock itself, after building the debug kernel
# (cached outside the clone, with its own lock): see scripts/vm-job.sh.
check-debug demo-debug: deps
	+@scripts/vm-job.sh $@

# The peer lane, likewise (its kernel: scripts/peer-kernel.sh).
check-peer: deps
	+@scripts/vm-job.sh $@

# SECONDS is a make variable here (the shell's own is not exported).
fuzz: deps
	+@FUZZ_SECONDS=$(or $(SECONDS),600) FUZZ_THREADS=$(or $(THREADS),2) \
		FUZZ_SEED=$(SEED) FUZZ_FAIL=$(or $(FAIL),10) scripts/vm-job.sh fuzz

debug-kernel: deps
	@scripts/debug-kernel.sh

peer-kernel: deps
	@scripts/peer-kernel.sh

qemu: deps
	@scripts/qemu.sh

# A debugging aid: boots even when parts do not build yet (the guest says what
# is missing).  It has its own image and does not hold the lock while it runs.
vm-shell: deps
	+@$(MAKE) --no-print-directory all test-modules || echo "make vm-shell: build failed; booting with what there is"
	@$(LOCKED) $(VM)/mkinitramfs.sh -o build/vm/initramfs-shell.cpio.gz
	@$(VM)/run.sh -i build/vm/initramfs-shell.cpio.gz shell

# The docs need Sphinx (deps installs python3-sphinx) and the kernel-doc
# script of Debian's linux-headers package.
docs man: deps
	+@$(MAKE) --no-print-directory -C Documentation TOP=$(TOP) all

install: docs
	+@$(MAKE) --no-print-directory -C lib/libioasid TOP=$(TOP) $(INSTALL_VARS) install
	+@$(MAKE) --no-print-directory -C tools/ioasidctl TOP=$(TOP) $(INSTALL_VARS) install
	+@$(MAKE) --no-print-directory -C Documentation TOP=$(TOP) \
		mandir=$(mandir) docdir=$(docdir) DESTDIR=$(DESTDIR) install

uninstall:
	+@$(MAKE) --no-print-directory -C lib/libioasid TOP=$(TOP) $(INSTALL_VARS) uninstall
	+@$(MAKE) --no-print-directory -C tools/ioasidctl TOP=$(TOP) $(INSTALL_VARS) uninstall
	+@$(MAKE) --no-print-directory -C Documentation TOP=$(TOP) \
		mandir=$(mandir) docdir=$(docdir) DESTDIR=$(DESTDIR) uninstall

install-modules:
	@env KVER="$(KVER_ASKED)" scripts/install-modules.sh install

uninstall-modules:
	@env KVER="$(KVER_ASKED)" scripts/install-modules.sh uninstall

installcheck: docs
	+@scripts/installcheck.sh

clean:
	-@scripts/build-modules.sh clean
	@for d in $(USER_DIRS); do \
		if [ -f $$d/Makefile ]; then $(MAKE) -C $$d TOP=$(TOP) clean; fi; \
	done
	rm -rf build
