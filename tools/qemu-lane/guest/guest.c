// SPDX-License-Identifier: GPL-2.0
/*
 * edu-guest: the nested guest of the QEMU lane (tools/selftests/ioasid/
 * qemu_test.c). No OS: QEMU's -kernel loads it as a Multiboot ELF (boot.S)
 * and it runs in 32-bit protected mode with paging off, so addresses are
 * guest-physical (GPAs) and an assigned device's DMA to a GPA must go
 * through the host's IOMMU mapping of this guest's RAM.
 *
 * What it does, printing every result on COM1:
 *  1. finds every edu device (1234:11e8) through PCI configuration
 *     mechanism #1 (ports 0xcf8/0xcfc), buses behind bridges included;
 *  2. for each: memory decoding and bus mastering on, BAR0 assigned if the
 *     firmware left it empty (a hot-plugged device), ident 0x010000ed at
 *     offset 0, the liveness register inverts, then a DMA RAM -> device from
 *     SRC_GPA and a DMA device -> RAM to DST_GPA (both spanning a page
 *     boundary) with a fresh pattern; the pattern must come back and the
 *     bytes around it must stay as they were. One line per device:
 *       edu 0:3.0 dma ok (4000 bytes, 0x201800 -> device -> 0x303400)
 *       edu 0:3.0 dma FAIL: <why>
 *     then "edu-guest: pass N: tested T, ok K, failed F";
 *  3. then it waits (hlt, woken by the PIT at 100 Hz) and every 100 ms
 *     - acknowledges QEMU's ACPI PCI hot-unplug requests on the root bus
 *       (-M pc: the PIIX4 hotplug registers at 0xae00: "down" slot bits at
 *       0xae04, ejecting a slot by writing its bit to 0xae08, after selecting
 *       bus 0 at 0xae10) and prints "edu-guest: ejected 0:4.0";
 *     - looks for edu devices that were not there before (hot-plugged) and
 *       tests them as in 2, with a new pass line.
 * A machine reset (QMP system_reset) goes back through the firmware, which
 * loads this program again: "edu-guest: start" and pass 1 again.
 *
 * The edu device: BAR0 registers 0x00 ident, 0x04 liveness (reads back
 * inverted), DMA 0x80 source, 0x88 destination, 0x90 count, 0x98 command
 * (bit 0 start/busy, bit 1 direction: 0 RAM -> device, 1 device -> RAM);
 * its buffer is at device address 0x40000; a DMA completes after 100 ms of
 * virtual time; its DMA mask is 28 bits, so GPAs stay low. The edu behind
 * the assigned device is QEMU 7.2's (the test VM's), whose range check
 * wants a transfer to end before the buffer's last byte: 4000 bytes.
 */
#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* ---- port and memory access ------------------------------------------- */

static inline void outb(uint16_t port, uint8_t v)
{
	__asm__ volatile("outb %0, %1" : : "a"(v), "Nd"(port));
}

static inline uint8_t inb(uint16_t port)
{
	uint8_t v;

	__asm__ volatile("inb %1, %0" : "=a"(v) : "Nd"(port));
	return v;
}

static inline void outw(uint16_t port, uint16_t v)
{
	__asm__ volatile("outw %0, %1" : : "a"(v), "Nd"(port));
}

static inline uint16_t inw(uint16_t port)
{
	uint16_t v;

	__asm__ volatile("inw %1, %0" : "=a"(v) : "Nd"(port));
	return v;
}

static inline void outl(uint16_t port, uint32_t v)
{
	__asm__ volatile("outl %0, %1" : : "a"(v), "Nd"(port));
}

static inline uint32_t inl(uint16_t port)
{
	uint32_t v;

	__asm__ volatile("inl %1, %0" : "=a"(v) : "Nd"(port));
	return v;
}

static inline uint32_t mmio_read32(uint32_t addr)
{
	return *(volatile uint32_t *)(uintptr_t)addr;
}

static inline void mmio_write32(uint32_t addr, uint32_t v)
{
	*(volatile uint32_t *)(uintptr_t)addr = v;
}

/* ---- COM1 ---------------------------------------------------------------- */

#define COM1	0x3f8

static void serial_init(void)
{
	outb(COM1 + 1, 0x00);	/* no interrupts */
	outb(COM1 + 3, 0x80);	/* DLAB */
	outb(COM1 + 0, 0x01);	/* 115200 baud */
	outb(COM1 + 1, 0x00);
	outb(COM1 + 3, 0x03);	/* 8N1 */
	outb(COM1 + 2, 0xc7);	/* FIFO on, cleared */
	outb(COM1 + 4, 0x03);	/* DTR, RTS */
}

static void serial_putc(char c)
{
	int i;

	for (i = 0; i < 100000 && !(inb(COM1 + 5) & 0x20); i++)
		;
	outb(COM1, (uint8_t)c);
}

static void put_str(const char *s)
{
	for (; *s; s++) {
		if (*s == '\n')
			serial_putc('\r');
		serial_putc(*s);
	}
}

static void put_uint(uint32_t v, unsigned int base, int width)
{
	char buf[12];
	int n = 0;

	do {
		buf[n++] = "0123456789abcdef"[v % base];
		v /= base;
	} while (v);
	while (n < width)
		buf[n++] = '0';
	while (n)
		serial_putc(buf[--n]);
}

/* printf for %s %c %u %x (and %02x etc.: a zero-padded width). */
static void print(const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	for (; *fmt; fmt++) {
		int width = 0;

		if (*fmt != '%') {
			if (*fmt == '\n')
				serial_putc('\r');
			serial_putc(*fmt);
			continue;
		}
		fmt++;
		while (*fmt >= '0' && *fmt <= '9')
			width = width * 10 + (*fmt++ - '0');
		switch (*fmt) {
		case 's':
			put_str(va_arg(ap, const char *));
			break;
		case 'c':
			serial_putc((char)va_arg(ap, int));
			break;
		case 'u':
			put_uint(va_arg(ap, uint32_t), 10, width);
			break;
		case 'x':
			put_uint(va_arg(ap, uint32_t), 16, width);
			break;
		case '%':
			serial_putc('%');
			break;
		default:
			serial_putc('?');
			break;
		}
	}
	va_end(ap);
}

/* Called by boot.S's exception stubs; never returns. */
void guest_exception(uint32_t vector, uint32_t error, uint32_t eip);
void guest_exception(uint32_t vector, uint32_t error, uint32_t eip)
{
	print("edu-guest: exception %u (error 0x%x) at 0x%x; stopped\n",
	      vector, error, eip);
}

/* ---- time: the PIT at 100 Hz on IRQ 0, remapped to vector 0x20 ----------- */

#define HZ	100
extern volatile uint32_t ticks;		/* boot.S: incremented by IRQ 0 */

static void timer_init(void)
{
	uint16_t div = 1193182 / HZ;

	/* 8259 pair: vectors 0x20..0x2f, cascade on IRQ 2, 8086 mode. */
	outb(0x20, 0x11);
	outb(0xa0, 0x11);
	outb(0x21, 0x20);
	outb(0xa1, 0x28);
	outb(0x21, 0x04);
	outb(0xa1, 0x02);
	outb(0x21, 0x01);
	outb(0xa1, 0x01);
	outb(0x21, 0xfe);	/* only IRQ 0 */
	outb(0xa1, 0xff);
	/* PIT channel 0, lobyte/hibyte, rate generator. */
	outb(0x43, 0x34);
	outb(0x40, div & 0xff);
	outb(0x40, div >> 8);
}

/* Sleep until the next timer tick (interrupts are on only while halted). */
static void wait_tick(void)
{
	__asm__ volatile("sti; hlt; cli" : : : "memory");
}

static void sleep_ticks(uint32_t n)
{
	uint32_t t0 = ticks;

	while (ticks - t0 < n)
		wait_tick();
}

/* ---- PCI configuration mechanism #1 --------------------------------------- */

#define PCI_VENDOR_ID		0x00
#define PCI_COMMAND		0x04
#define  PCI_COMMAND_MEMORY	0x2
#define  PCI_COMMAND_MASTER	0x4
#define PCI_HEADER_TYPE		0x0e
#define PCI_BAR0		0x10
#define PCI_SECONDARY_BUS	0x19

static uint32_t cfg_addr(unsigned int bus, unsigned int dev, unsigned int fn,
			 unsigned int off)
{
	return 0x80000000u | bus << 16 | dev << 11 | fn << 8 | (off & 0xfc);
}

static uint32_t cfg_read32(unsigned int bus, unsigned int dev,
			   unsigned int fn, unsigned int off)
{
	outl(0xcf8, cfg_addr(bus, dev, fn, off));
	return inl(0xcfc);
}

static void cfg_write32(unsigned int bus, unsigned int dev, unsigned int fn,
			unsigned int off, uint32_t v)
{
	outl(0xcf8, cfg_addr(bus, dev, fn, off));
	outl(0xcfc, v);
}

static uint16_t cfg_read16(unsigned int bus, unsigned int dev,
			   unsigned int fn, unsigned int off)
{
	outl(0xcf8, cfg_addr(bus, dev, fn, off));
	return inw(0xcfc + (off & 2));
}

static void cfg_write16(unsigned int bus, unsigned int dev, unsigned int fn,
			unsigned int off, uint16_t v)
{
	outl(0xcf8, cfg_addr(bus, dev, fn, off));
	outw(0xcfc + (off & 2), v);
}

static uint8_t cfg_read8(unsigned int bus, unsigned int dev, unsigned int fn,
			 unsigned int off)
{
	outl(0xcf8, cfg_addr(bus, dev, fn, off));
	return inb(0xcfc + (off & 3));
}

/* ---- the edu test ----------------------------------------------------------- */

#define EDU_VENDOR_DEVICE	0x11e81234u
#define EDU_IDENT		0x010000edu
#define EDU_BAR_SIZE		0x100000u
#define EDU_REG_IDENT		0x00
#define EDU_REG_LIVENESS	0x04
#define EDU_REG_DMA_SRC		0x80
#define EDU_REG_DMA_DST		0x88
#define EDU_REG_DMA_COUNT	0x90
#define EDU_REG_DMA_CMD		0x98
#define EDU_DMA_START		0x1
#define EDU_DMA_TO_RAM		0x2
#define EDU_DEV_BUF		0x40000u

#define DMA_LEN		4000u
#define SRC_GPA		0x201800u	/* both span a 4 KiB page boundary */
#define DST_GPA		0x303400u
#define GUARD		64u		/* bytes checked on each side of DST */
#define DMA_TIMEOUT	(10 * HZ)

/* Unassigned BARs (hot-plugged devices) get 1 MiB each from here, far
 * below where SeaBIOS puts its BARs (the top of the 32-bit PCI window). */
#define HOTPLUG_BAR_BASE	0xe0000000u
#define HOTPLUG_BAR_SLOTS	64u
static uint32_t hotplug_bars_used;

static uint32_t rng_state;

static uint32_t rng_next(void)
{
	uint32_t x = rng_state;

	x ^= x << 13;
	x ^= x >> 17;
	x ^= x << 5;
	rng_state = x;
	return x;
}

/* A byte pattern that is never all 0x00 or all 0xff. */
static void fill_pattern(uint8_t *p, uint32_t len, uint32_t seed)
{
	uint32_t i;

	rng_state = seed | 1;
	for (i = 0; i < len; i++)
		p[i] = (uint8_t)(rng_next() >> 8) ^ (uint8_t)i;
}

static int dma_wait(uint32_t bar)
{
	uint32_t t0 = ticks;

	while (mmio_read32(bar + EDU_REG_DMA_CMD) & EDU_DMA_START) {
		if (ticks - t0 > DMA_TIMEOUT)
			return -1;
		wait_tick();
	}
	return 0;
}

static int dma(uint32_t bar, uint32_t src, uint32_t dst, uint32_t len,
	       uint32_t cmd)
{
	mmio_write32(bar + EDU_REG_DMA_SRC, src);
	mmio_write32(bar + EDU_REG_DMA_DST, dst);
	mmio_write32(bar + EDU_REG_DMA_COUNT, len);
	mmio_write32(bar + EDU_REG_DMA_CMD, cmd);
	return dma_wait(bar);
}

static uint32_t tests_done;
static uint8_t want[DMA_LEN];

/* Test the edu at bus:dev.fn; prints its line; true when it passed. */
static bool edu_test(unsigned int bus, unsigned int dev, unsigned int fn)
{
	uint8_t *src = (uint8_t *)(uintptr_t)SRC_GPA;
	uint8_t *dst = (uint8_t *)(uintptr_t)DST_GPA;
	uint8_t *lo_guard = dst - GUARD, *hi_guard = dst + DMA_LEN;
	uint16_t cmd;
	uint32_t bar, v, i;

	print("edu %u:%u.%u ", bus, dev, fn);
	cmd = cfg_read16(bus, dev, fn, PCI_COMMAND);
	cfg_write16(bus, dev, fn, PCI_COMMAND,
		    cmd & ~(PCI_COMMAND_MEMORY | PCI_COMMAND_MASTER));
	bar = cfg_read32(bus, dev, fn, PCI_BAR0) & ~0xfu;
	if (!bar) {
		if (hotplug_bars_used >= HOTPLUG_BAR_SLOTS) {
			print("dma FAIL: no address left for BAR0\n");
			return false;
		}
		bar = HOTPLUG_BAR_BASE + hotplug_bars_used++ * EDU_BAR_SIZE;
		cfg_write32(bus, dev, fn, PCI_BAR0, bar);
		print("bar0 0x%x (assigned) ", bar);
	}
	cfg_write16(bus, dev, fn, PCI_COMMAND,
		    cmd | PCI_COMMAND_MEMORY | PCI_COMMAND_MASTER);
	v = cfg_read16(bus, dev, fn, PCI_COMMAND);
	if ((v & (PCI_COMMAND_MEMORY | PCI_COMMAND_MASTER)) !=
	    (PCI_COMMAND_MEMORY | PCI_COMMAND_MASTER)) {
		print("dma FAIL: command register reads 0x%x\n", v);
		return false;
	}
	v = mmio_read32(bar + EDU_REG_IDENT);
	if (v != EDU_IDENT) {
		print("dma FAIL: ident at BAR0 0x%x is 0x%x, not 0x%x\n", bar,
		      v, EDU_IDENT);
		return false;
	}
	mmio_write32(bar + EDU_REG_LIVENESS, 0x12345678u ^ tests_done);
	v = mmio_read32(bar + EDU_REG_LIVENESS);
	if (v != ~(0x12345678u ^ tests_done)) {
		print("dma FAIL: liveness register reads 0x%x\n", v);
		return false;
	}

	/* Fresh data each time: a reset or a re-plug must not pass on what an
	 * earlier test left in RAM or in the device buffer. */
	fill_pattern(want, DMA_LEN, (ticks << 8) ^ (++tests_done * 0x9e3779b9u) ^
		     (bus << 16 | dev << 8 | fn));
	for (i = 0; i < DMA_LEN; i++)
		src[i] = want[i];
	for (i = 0; i < DMA_LEN + 2 * GUARD; i++)
		lo_guard[i] = (uint8_t)(0xa5 ^ i);

	if (dma(bar, SRC_GPA, EDU_DEV_BUF, DMA_LEN, EDU_DMA_START)) {
		print("dma FAIL: RAM -> device DMA did not complete\n");
		return false;
	}
	if (dma(bar, EDU_DEV_BUF, DST_GPA, DMA_LEN,
		EDU_DMA_START | EDU_DMA_TO_RAM)) {
		print("dma FAIL: device -> RAM DMA did not complete\n");
		return false;
	}
	for (i = 0; i < DMA_LEN; i++)
		if (dst[i] != want[i]) {
			print("dma FAIL: byte %u at 0x%x is 0x%02x, expected 0x%02x%s\n",
			      i, DST_GPA + i, dst[i], want[i],
			      dst[i] == (uint8_t)(0xa5 ^ (i + GUARD)) ?
			      " (never written)" : "");
			return false;
		}
	for (i = 0; i < GUARD; i++)
		if (lo_guard[i] != (uint8_t)(0xa5 ^ i) ||
		    hi_guard[i] != (uint8_t)(0xa5 ^ (i + GUARD + DMA_LEN))) {
			print("dma FAIL: bytes next to the destination changed\n");
			return false;
		}
	print("dma ok (%u bytes, 0x%x -> device -> 0x%x)\n", DMA_LEN, SRC_GPA,
	      DST_GPA);
	return true;
}

/* ---- scanning ---------------------------------------------------------------- */

#define MAX_BUSES	256
/* Devices seen (tested) per bus: bit dev*8+fn... kept per bus 0 slot only for
 * hot-plug, and as a visited set during a scan. */
static uint8_t seen[MAX_BUSES][32];	/* function bitmap per device */

struct pass {
	uint32_t tested, ok, failed;
};

/* Test every edu on @bus (and below its bridges) not marked in seen[]. */
static void scan_bus(unsigned int bus, struct pass *p, unsigned int depth)
{
	unsigned int dev, fn, nfn;

	for (dev = 0; dev < 32; dev++) {
		if ((cfg_read32(bus, dev, 0, PCI_VENDOR_ID) & 0xffff) == 0xffff) {
			if (bus == 0)
				seen[0][dev] = 0;	/* gone */
			continue;
		}
		nfn = (cfg_read8(bus, dev, 0, PCI_HEADER_TYPE) & 0x80) ? 8 : 1;
		for (fn = 0; fn < nfn; fn++) {
			uint32_t id = cfg_read32(bus, dev, fn, PCI_VENDOR_ID);
			uint8_t hdr;

			if ((id & 0xffff) == 0xffff)
				continue;
			hdr = cfg_read8(bus, dev, fn, PCI_HEADER_TYPE) & 0x7f;
			if (hdr == 1 && depth < 8) {
				unsigned int sec = cfg_read8(bus, dev, fn,
							     PCI_SECONDARY_BUS);

				if (sec > bus && sec < MAX_BUSES)
					scan_bus(sec, p, depth + 1);
				continue;
			}
			if (id != EDU_VENDOR_DEVICE || (seen[bus][dev] & (1u << fn)))
				continue;
			seen[bus][dev] |= 1u << fn;
			p->tested++;
			if (edu_test(bus, dev, fn))
				p->ok++;
			else
				p->failed++;
		}
	}
}

/* ---- ACPI PCI hotplug (PIIX4, -M pc) ----------------------------------------- */

#define PCIHP_BASE	0xae00
#define PCIHP_DOWN	(PCIHP_BASE + 0x04)
#define PCIHP_EJECT	(PCIHP_BASE + 0x08)
#define PCIHP_SEL	(PCIHP_BASE + 0x10)

/* Acknowledge unplug requests for root-bus slots: quiesce, then eject. */
static void handle_unplug_requests(void)
{
	uint32_t down;
	unsigned int slot;

	outl(PCIHP_SEL, 0);	/* bus 0 */
	down = inl(PCIHP_DOWN);
	if (down == 0xffffffffu)	/* no hotplug controller here */
		return;
	for (slot = 0; slot < 32; slot++) {
		if (!(down & (1u << slot)))
			continue;
		if ((cfg_read32(0, slot, 0, PCI_VENDOR_ID) & 0xffff) != 0xffff)
			cfg_write16(0, slot, 0, PCI_COMMAND, 0);
		outl(PCIHP_SEL, 0);
		outl(PCIHP_EJECT, 1u << slot);
		seen[0][slot] = 0;
		print("edu-guest: ejected 0:%u (unplug request)\n", slot);
	}
}

void guest_main(void);
void guest_main(void)
{
	struct pass p = { 0 };
	uint32_t npass = 1;

	serial_init();
	timer_init();
	print("edu-guest: start\n");
	scan_bus(0, &p, 0);
	print("edu-guest: pass %u: tested %u, ok %u, failed %u\n", npass,
	      p.tested, p.ok, p.failed);
	for (;;) {
		sleep_ticks(HZ / 10);
		handle_unplug_requests();
		p.tested = p.ok = p.failed = 0;
		scan_bus(0, &p, 0);
		if (p.tested)
			print("edu-guest: pass %u: tested %u, ok %u, failed %u\n",
			      ++npass, p.tested, p.ok, p.failed);
	}
}
