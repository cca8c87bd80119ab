// SPDX-License-Identifier: GPL-2.0
/*
 * Call descriptions: the VFIO device cdevs of vfio-pci-ioasid
 * (/dev/vfio/devices/vfioN of the VM's edu devices): open, bind to a
 * context (or to a foreign fd), attach to an IOAS or HWPT (with and
 * without PASID), detach, device/region/IRQ info, IRQ disable, reset, hot
 * reset and its info, VFIO_DEVICE_FEATURE probes, config-space reads, and
 * DMA by the edu itself.
 *
 * Never injected with faults: open and bind enable the PCI device (ACPI
 * _PRT evaluation, whose error paths corrupt 6.1's ACPICA namespace),
 * reset and hot reset go through the PCI core.  Never written: BAR0
 * registers other than the edu's DMA engine, with values the edu accepts
 * (QEMU stops the whole VM on a DMA outside its buffer), and config space
 * other than the command register.
 *
 * With -K (P.static_edu) edu devices are opened, bound and attached by the
 * epoch's setup only and stay so until its teardown: issue 11's items 1
 * and 7 (VT-d domains mapped or flushed while a device joins or leaves, or
 * before one ever joined) crash the kernel until fixed.
 */
#include "fuzz.h"

#include <linux/vfio.h>

#define CFG_OFFSET	((uint64_t)VFIO_PCI_CONFIG_REGION_INDEX << 40)
#define BAR0_OFFSET	0ull

/* A device slot: an open one mostly (bound if @bound); -1 if none. */
static int pick_dev_slot(struct fz_thread *t, bool bound)
{
	int idx[NDEVSLOT], n = 0, i;

	pthread_mutex_lock(&P.lock);
	for (i = 0; i < NDEVSLOT; i++)
		if (P.dev[i].open && (!bound || P.dev[i].bound_ctx >= 0))
			idx[n++] = i;
	pthread_mutex_unlock(&P.lock);
	if (n && pct(&t->rng, 95))
		return idx[rnd(&t->rng, n)];
	return (int)rnd(&t->rng, NDEVSLOT);
}

void do_open_dev(struct fz_thread *t, int slot, int edu)
{
	if (fz_open(t, "open vfio cdev", P.edu[edu].path, FD_DEV(slot)) < 0) {
		pthread_mutex_lock(&P.lock);
		P.dev[slot].open = false;
		pthread_mutex_unlock(&P.lock);
		return;
	}
	pthread_mutex_lock(&P.lock);
	P.dev[slot].edu = edu;
	P.dev[slot].bound_ctx = -1;
	pthread_mutex_unlock(&P.lock);
}

static void c_dev_open(struct fz_thread *t)
{
	bool open[NDEVSLOT];
	int slot;

	if (!P.nedu)
		return;
	pthread_mutex_lock(&P.lock);
	for (slot = 0; slot < NDEVSLOT; slot++)
		open[slot] = P.dev[slot].open;
	pthread_mutex_unlock(&P.lock);
	slot = fz_free_slot(open, NDEVSLOT, t);
	if (slot < 0)
		return;
	pthread_mutex_lock(&P.lock);
	if (P.dev[slot].open) {
		pthread_mutex_unlock(&P.lock);
		return;
	}
	P.dev[slot].open = true;
	pthread_mutex_unlock(&P.lock);
	do_open_dev(t, slot, (int)rnd(&t->rng, P.nedu));
}

void do_bind(struct fz_thread *t, int slot, int ctx, bool valid)
{
	struct vfio_device_bind_iommufd *a = fz_arg(t);
	struct ioc c = { .name = "VFIO_DEVICE_BIND_IOMMUFD", .fd = FD_DEV(slot),
			 .req = VFIO_DEVICE_BIND_IOMMUFD, .out_fd_off = -1,
			 .full = sizeof(*a) };

	a->argsz = sizeof(*a);
	a->iommufd = FD_CTX(ctx);
	if (!valid) {
		c.min = sizeof(*a);
		a->flags = fz_reserved(t);
		if (one_in(&t->rng, 6))
			a->iommufd = pick_any_fd(t);
	}
	if (fz_ioctl(t, &c) || a->iommufd != FD_CTX(ctx))
		return;
	pthread_mutex_lock(&P.lock);
	P.dev[slot].bound_ctx = ctx;
	P.dev[slot].devid = a->out_devid;
	pthread_mutex_unlock(&P.lock);
	pool_add_obj(OBJ_DEV, ctx, a->out_devid, false, slot);
}

static void c_dev_bind(struct fz_thread *t)
{
	int slot = pick_dev_slot(t, false), ctx = (int)rnd(&t->rng, NCTX);

	if (P.static_edu)
		return;
	do_bind(t, slot, ctx, false);
}

void do_attach(struct fz_thread *t, int slot, uint32_t pt, bool valid)
{
	struct vfio_device_attach_iommufd_pt *a = fz_arg(t);
	struct ioc c = { .name = "VFIO_DEVICE_ATTACH_IOMMUFD_PT",
			 .fd = FD_DEV(slot), .req = VFIO_DEVICE_ATTACH_IOMMUFD_PT,
			 .full = sizeof(*a),
			 .inject = !P.static_edu && !O.no_attach_inject,
			 .out_fd_off = -1 };
	int ctx = P.dev[slot].bound_ctx;

	a->argsz = 12;
	a->pt_id = pt;
	if (!valid) {
		c.min = 12;
		if (one_in(&t->rng, 5)) {
			a->argsz = sizeof(*a);
			a->flags = VFIO_DEVICE_ATTACH_PASID;
			a->pasid = rnd(&t->rng, 3);
		} else if (one_in(&t->rng, 20)) {
			a->flags = fz_reserved(t);
		}
	}
	if (fz_ioctl(t, &c) == 0 && ctx >= 0)
		pool_add_obj(OBJ_HWPT, ctx, a->pt_id, false, 0);
}

static void c_dev_attach(struct fz_thread *t)
{
	static const uint8_t kinds[] = { OBJ_IOAS, OBJ_IOAS, OBJ_HWPT,
					 OBJ_HWPT_NESTED };
	int slot = pick_dev_slot(t, true);
	int ctx = P.dev[slot].bound_ctx;

	if (P.static_edu)
		return;
	do_attach(t, slot, pick_id(t, kinds[rnd(&t->rng, sizeof(kinds))],
				   ctx), false);
}

static void c_dev_detach(struct fz_thread *t)
{
	struct vfio_device_detach_iommufd_pt *a = fz_arg(t);
	int slot = pick_dev_slot(t, true);
	struct ioc c = { .name = "VFIO_DEVICE_DETACH_IOMMUFD_PT",
			 .fd = FD_DEV(slot), .req = VFIO_DEVICE_DETACH_IOMMUFD_PT,
			 .min = 8, .full = 8, .inject = true, .out_fd_off = -1 };

	if (P.static_edu && !one_in(&t->rng, 4))
		return;
	if (P.static_edu || one_in(&t->rng, 5)) {
		/* PASID form: EOPNOTSUPP for edu, nothing changes. */
		a->flags = VFIO_DEVICE_DETACH_PASID;
		a->pasid = rnd(&t->rng, 3);
		c.full = sizeof(*a);
		c.min = 0;
		a->argsz = sizeof(*a);
	}
	fz_ioctl(t, &c);
}

static void c_dev_info(struct fz_thread *t)
{
	int slot = pick_dev_slot(t, false);
	struct ioc c = { .fd = FD_DEV(slot), .inject = false, .out_fd_off = -1 };
	uint32_t *a = fz_arg(t);

	switch (rnd(&t->rng, 3)) {
	case 0:
		c.name = "VFIO_DEVICE_GET_INFO";
		c.req = VFIO_DEVICE_GET_INFO;
		c.min = c.full = sizeof(struct vfio_device_info);
		break;
	case 1:
		c.name = "VFIO_DEVICE_GET_REGION_INFO";
		c.req = VFIO_DEVICE_GET_REGION_INFO;
		c.min = c.full = sizeof(struct vfio_region_info);
		a[2] = rnd(&t->rng, 12);	/* index */
		break;
	default:
		c.name = "VFIO_DEVICE_GET_IRQ_INFO";
		c.req = VFIO_DEVICE_GET_IRQ_INFO;
		c.min = c.full = sizeof(struct vfio_irq_info);
		a[2] = rnd(&t->rng, 7);	/* index */
		break;
	}
	fz_ioctl(t, &c);
}

static void c_dev_irqs_off(struct fz_thread *t)
{
	struct vfio_irq_set *a = fz_arg(t);
	int slot = pick_dev_slot(t, true);
	struct ioc c = { .name = "VFIO_DEVICE_SET_IRQS", .fd = FD_DEV(slot),
			 .req = VFIO_DEVICE_SET_IRQS, .min = sizeof(*a),
			 .full = sizeof(*a), .out_fd_off = -1 };

	a->flags = VFIO_IRQ_SET_DATA_NONE | VFIO_IRQ_SET_ACTION_TRIGGER;
	a->index = rnd(&t->rng, 5);
	a->start = 0;
	a->count = 0;
	fz_ioctl(t, &c);
}

static void c_dev_reset(struct fz_thread *t)
{
	int slot = pick_dev_slot(t, true);
	struct ioc c = { .name = "VFIO_DEVICE_RESET", .fd = FD_DEV(slot),
			 .req = VFIO_DEVICE_RESET, .out_fd_off = -1 };

	fz_arg(t);
	fz_ioctl(t, &c);
}

static void c_hot_reset_info(struct fz_thread *t)
{
	struct vfio_pci_hot_reset_info *a = fz_arg(t);
	int slot = pick_dev_slot(t, true);
	struct ioc c = { .name = "VFIO_DEVICE_GET_PCI_HOT_RESET_INFO",
			 .fd = FD_DEV(slot),
			 .req = VFIO_DEVICE_GET_PCI_HOT_RESET_INFO,
			 .out_fd_off = -1 };

	c.full = sizeof(*a) + rnd(&t->rng, 5) *
		 sizeof(struct vfio_pci_dependent_device);
	a->argsz = c.full;
	if (one_in(&t->rng, 8))
		a->argsz = rnd(&t->rng, 16);
	fz_ioctl(t, &c);
}

static void c_hot_reset(struct fz_thread *t)
{
	struct vfio_pci_hot_reset *a = fz_arg(t);
	int32_t *fds = (int32_t *)a->group_fds;
	int slot = pick_dev_slot(t, true);
	struct ioc c = { .name = "VFIO_DEVICE_PCI_HOT_RESET",
			 .fd = FD_DEV(slot), .req = VFIO_DEVICE_PCI_HOT_RESET,
			 .full = sizeof(*a), .out_fd_off = -1 };

	a->argsz = sizeof(*a);
	if (one_in(&t->rng, 5)) {
		a->count = 1 + rnd(&t->rng, 2);
		fds[0] = pick_any_fd(t);
		fds[1] = FD_DEV(rnd(&t->rng, NDEVSLOT));
		a->argsz += 8;
		c.full += 8;
	}
	if (one_in(&t->rng, 10))
		a->flags = fz_reserved(t);
	if (one_in(&t->rng, 10))
		a->argsz = rnd(&t->rng, 12);
	fz_ioctl(t, &c);
}

static void c_dev_feature(struct fz_thread *t)
{
	struct vfio_device_feature *a = fz_arg(t);
	int slot = pick_dev_slot(t, true);
	struct ioc c = { .name = "VFIO_DEVICE_FEATURE", .fd = FD_DEV(slot),
			 .req = VFIO_DEVICE_FEATURE, .out_fd_off = -1 };

	a->argsz = sizeof(*a) + rnd(&t->rng, 3) * 8;
	c.full = a->argsz;
	a->flags = rnd(&t->rng, 12) |
		   (one_in(&t->rng, 2) ? VFIO_DEVICE_FEATURE_PROBE :
		    VFIO_DEVICE_FEATURE_GET);
	if (one_in(&t->rng, 10))
		a->flags = (uint32_t)rng_next(&t->rng);
	fz_ioctl(t, &c);
}

static void c_cfg_read(struct fz_thread *t)
{
	int slot = pick_dev_slot(t, false);
	uint64_t off = rnd(&t->rng, 256);

	if (one_in(&t->rng, 4))
		off = BAR0_OFFSET + 4 * rnd(&t->rng, 64);	/* edu registers */
	else
		off += CFG_OFFSET;
	fz_simple(t, REC_PREAD, "pread device region", FD_DEV(slot), off, 0,
		  1u << rnd(&t->rng, 3), NULL, 0);
}

static void put32(struct fz_thread *t, int slot, const char *name,
		  uint64_t off, uint32_t v)
{
	fz_simple(t, REC_PWRITE, name, FD_DEV(slot), off, 0, 4, &v, 4);
}

/*
 * The edu DMAs between its buffer and an IOVA of its context (a mapped
 * one mostly, below its 28-bit DMA mask): the device-side end always
 * inside its buffer.  Never waits: the engine ignores register writes
 * while a transfer runs.  QEMU stops the whole VM on a DMA whose
 * device-side end is outside the buffer ("EDU: DMA range ... out of
 * bounds", seen twice), so the five register writes of one DMA are made
 * under the edu's lock (two threads interleaving them could leave both
 * ends in RAM), and each edu always moves data the same way (edus 0 and
 * 2 to RAM, 1 and 3 from it): writes that land while the previous DMA
 * still runs are dropped by the device, so the addresses of one DMA can
 * meet the command of the next, which must then agree on which end is
 * the buffer.
 */
static pthread_mutex_t edu_lock[MAX_EDU] = {
	PTHREAD_MUTEX_INITIALIZER, PTHREAD_MUTEX_INITIALIZER,
	PTHREAD_MUTEX_INITIALIZER, PTHREAD_MUTEX_INITIALIZER,
};

static void c_edu_dma(struct fz_thread *t)
{
	int slot = pick_dev_slot(t, true), ctx = P.dev[slot].bound_ctx;
	uint32_t cnt = 1 + rnd(&t->rng, 256), off = rnd(&t->rng, 0xe00);
	bool to_ram;
	uint64_t iova = PAGE * rnd(&t->rng, 0x10000);
	struct mapping m;
	uint16_t cmd = 0x6;	/* memory decoding, bus master */
	int edu = P.dev[slot].edu % MAX_EDU;

	to_ram = edu % 2 == 0;

	if (pick_map(t, ctx, &m) && m.iova + m.len <= (1ull << 28) &&
	    pct(&t->rng, 80))
		iova = m.iova + rnd(&t->rng, (uint32_t)(m.len - cnt + 1));
	iova &= (1ull << 28) - 1;
	if (one_in(&t->rng, 8))
		cmd = 0x2;	/* bus master off: the DMA goes nowhere */
	pthread_mutex_lock(&edu_lock[edu]);
	fz_simple(t, REC_PWRITE, "edu config command", FD_DEV(slot),
		  CFG_OFFSET + 4, 0, 2, &cmd, 2);
	put32(t, slot, "edu dma src", 0x80,
	      to_ram ? 0x40000 + off : (uint32_t)iova);
	put32(t, slot, "edu dma dst", 0x88,
	      to_ram ? (uint32_t)iova : 0x40000 + off);
	put32(t, slot, "edu dma count", 0x90, cnt);
	put32(t, slot, "edu dma start", 0x98, to_ram ? 3 : 1);
	pthread_mutex_unlock(&edu_lock[edu]);
}

const struct call_desc calls_dev[] = {
	{ "open vfio cdev", 2, c_dev_open },
	{ "VFIO_DEVICE_BIND_IOMMUFD", 3, c_dev_bind },
	{ "VFIO_DEVICE_ATTACH_IOMMUFD_PT", 6, c_dev_attach },
	{ "VFIO_DEVICE_DETACH_IOMMUFD_PT", 3, c_dev_detach },
	{ "VFIO_DEVICE_GET_*INFO", 2, c_dev_info },
	{ "VFIO_DEVICE_SET_IRQS", 1, c_dev_irqs_off },
	{ "VFIO_DEVICE_RESET", 1, c_dev_reset },
	{ "VFIO_DEVICE_GET_PCI_HOT_RESET_INFO", 1, c_hot_reset_info },
	{ "VFIO_DEVICE_PCI_HOT_RESET", 1, c_hot_reset },
	{ "VFIO_DEVICE_FEATURE", 1, c_dev_feature },
	{ "pread device region", 1, c_cfg_read },
	{ "edu DMA", 2, c_edu_dma },
};
const size_t ncalls_dev = ARRAY_SIZE(calls_dev);
