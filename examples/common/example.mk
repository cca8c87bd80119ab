# SPDX-License-Identifier: GPL-2.0
# The rules every example's Makefile shares. Before including this, a
# Makefile sets TOP, PROG (the program's name), SRCS and HDRS (its own
# sources and headers), and optionally EXTRA_INC (more -I options).
#
# Two ways to find libioasid:
#   LIBIOASID=tree (default)  this tree's build/lib/libioasid.a, linked
#                             statically (the test VM has no libc of its own)
#   LIBIOASID=pkg-config      an installed copy: the flags come from
#                             "pkg-config --cflags --libs libioasid" (set
#                             PKG_CONFIG_PATH / PKG_CONFIG_SYSROOT_DIR for a
#                             staged install) and the program links the
#                             shared library.  BIN says where it goes.
CC ?= gcc
CFLAGS ?= -O2 -g
PKG_CONFIG ?= pkg-config
LIBIOASID ?= tree
LDFLAGS ?=
# examples/common: narrate.c, and edu.c/edu.h, the edu device helpers,
# which tools/selftests/ioasid compiles too (its Makefile's EDU).
COMMON := $(TOP)/examples/common
BIN ?= $(TOP)/build/bin

ifeq ($(LIBIOASID),pkg-config)
PC_CFLAGS := $(shell $(PKG_CONFIG) --cflags libioasid)
PC_LIBS := $(shell $(PKG_CONFIG) --libs libioasid)
ifeq ($(PC_LIBS),)
$(error pkg-config found no libioasid (PKG_CONFIG_PATH=$(PKG_CONFIG_PATH)))
endif
EX_CFLAGS := -std=c11 -Wall -Wextra -Werror $(CFLAGS) $(PC_CFLAGS) \
	$(EXTRA_INC) -I$(COMMON)
EX_LIBS := $(PC_LIBS)
LIB :=
else
LIB := $(TOP)/build/lib/libioasid.a
EX_CFLAGS := -std=c11 -Wall -Wextra -Werror $(CFLAGS) \
	-I$(TOP)/include/uapi -I$(TOP)/lib/libioasid $(EXTRA_INC) -I$(COMMON)
EX_LIBS := $(LIB) -static
HDRS += $(TOP)/lib/libioasid/libioasid.h $(TOP)/include/uapi/linux/ioasid.h
endif

all: $(BIN)/$(PROG)

ifneq ($(LIB),)
# Always ask the library's own Makefile; it does nothing when up to date.
$(LIB): FORCE
	$(MAKE) -C $(TOP)/lib/libioasid TOP=$(TOP)
endif

$(BIN)/$(PROG): $(SRCS) $(HDRS) $(LIB) Makefile $(COMMON)/example.mk | $(BIN)
	$(CC) $(EX_CFLAGS) $(SRCS) $(EX_LIBS) $(LDFLAGS) -o $@.tmp.$$$$ && \
		mv -f $@.tmp.$$$$ $@

$(BIN):
	mkdir -p $@

clean:
	rm -f $(BIN)/$(PROG)

FORCE:
.PHONY: all clean FORCE
