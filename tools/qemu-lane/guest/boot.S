/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Entry of the QEMU lane's nested guest (see guest.c): a Multiboot v1
 * header, so QEMU's -kernel loads this ELF and its option ROM jumps here in
 * 32-bit protected mode, paging off, interrupts off, EAX = 0x2badb002.
 * After a machine reset the firmware runs again and loads us afresh.
 *
 * Here: our own GDT (the loader's may be gone), segment registers, a stack,
 * .bss cleared, an IDT (exceptions print and stop; the timer interrupt
 * counts ticks), then guest_main().
 */
#define MB_MAGIC	0x1badb002
#define MB_FLAGS	0x00000000

	.section .multiboot, "a"
	.align 4
	.long MB_MAGIC
	.long MB_FLAGS
	.long -(MB_MAGIC + MB_FLAGS)

	.text
	.code32
	.globl _start
_start:
	cli
	cld
	lgdt gdt_desc
	ljmp $0x08, $1f
1:	movw $0x10, %ax
	movw %ax, %ds
	movw %ax, %es
	movw %ax, %fs
	movw %ax, %gs
	movw %ax, %ss
	movl $stack_top, %esp

	/* .bss (QEMU's loader zeroes it, the firmware after a reset may not) */
	movl $__bss_start, %edi
	movl $__bss_end, %ecx
	subl %edi, %ecx
	xorl %eax, %eax
	rep stosb

	/* IDT: gates 0..31 to the exception stubs, the rest to ignore_irq */
	movl $idt, %edi
	xorl %ecx, %ecx
2:	cmpl $32, %ecx
	jae 3f
	movl exc_stubs(,%ecx,4), %eax
	jmp 4f
3:	movl $ignore_irq, %eax
4:	movw %ax, (%edi)		/* offset 15:0 */
	movw $0x08, 2(%edi)		/* selector */
	movw $0x8e00, 4(%edi)		/* present, DPL 0, 32-bit interrupt gate */
	shrl $16, %eax
	movw %ax, 6(%edi)		/* offset 31:16 */
	addl $8, %edi
	incl %ecx
	cmpl $256, %ecx
	jb 2b
	/* vector 0x20: the PIT's IRQ 0 once guest_main() remaps the PIC */
	movl $timer_irq, %eax
	movw %ax, idt + 0x20 * 8
	shrl $16, %eax
	movw %ax, idt + 0x20 * 8 + 6
	lidt idt_desc

	call guest_main
5:	cli
	hlt
	jmp 5b

/* IRQ 0 (vector 0x20): count a tick, end of interrupt to the master PIC. */
timer_irq:
	pushl %eax
	incl ticks
	movb $0x20, %al
	outb %al, $0x20
	popl %eax
	iret

/* Anything else (spurious IRQ 7/15, masked lines): ignore. */
ignore_irq:
	iret

/* Exceptions: guest_exception(vector, error code or 0, eip) never returns. */
	.macro exc vec, has_err
exc_\vec:
	.if \has_err == 0
	pushl $0
	.endif
	pushl $\vec
	jmp exc_common
	.endm
	exc 0,0; exc 1,0; exc 2,0; exc 3,0; exc 4,0; exc 5,0; exc 6,0; exc 7,0
	exc 8,1; exc 9,0; exc 10,1; exc 11,1; exc 12,1; exc 13,1; exc 14,1; exc 15,0
	exc 16,0; exc 17,1; exc 18,0; exc 19,0; exc 20,0; exc 21,1; exc 22,0; exc 23,0
	exc 24,0; exc 25,0; exc 26,0; exc 27,0; exc 28,0; exc 29,1; exc 30,1; exc 31,0
exc_common:
	/* stack: vector, error code, eip, cs, eflags */
	call guest_exception
6:	cli
	hlt
	jmp 6b

	.section .rodata
	.align 4
exc_stubs:
	.irp v, 0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31
	.long exc_\v
	.endr

	.align 8
gdt:
	.quad 0
	.quad 0x00cf9a000000ffff	/* 0x08: code, flat 4 GiB, 32-bit */
	.quad 0x00cf92000000ffff	/* 0x10: data, flat 4 GiB */
gdt_end:
gdt_desc:
	.word gdt_end - gdt - 1
	.long gdt
idt_desc:
	.word 256 * 8 - 1
	.long idt

	.bss
	.align 16
	.globl ticks
ticks:
	.long 0
	.align 16
idt:
	.space 256 * 8
	.align 16
	.space 16384
stack_top:
