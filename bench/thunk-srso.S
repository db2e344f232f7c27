/*
 * A return thunk shaped like the kernel's SRSO mitigation for AMD Zen (arch/x86/lib/retpoline.S,
 * srso_return_thunk / srso_safe_ret): a call whose return address is dropped again, so every
 * helper return goes through a `ret` that the return-stack predictor cannot predict. For bench/run;
 * it measures the shape of that mitigation on whatever CPU runs it, not the kernel's choice for it.
 */
	.text
	.p2align 6
	.globl	__x86_return_thunk
	.type	__x86_return_thunk, @function
__x86_return_thunk:
	call	srso_safe_ret
	ud2
	.size	__x86_return_thunk, . - __x86_return_thunk

	.p2align 6
	.type	srso_safe_ret, @function
srso_safe_ret:
	lea	8(%rsp), %rsp
	ret
	int3
	.size	srso_safe_ret, . - srso_safe_ret

	.section .note.GNU-stack, "", @progbits
