/*
 * The return thunk of a kernel built with CONFIG_MITIGATION_RETHUNK (-mfunction-return=thunk-extern),
 * when no return mitigation is active: every `ret` of the helpers becomes `jmp __x86_return_thunk`,
 * which is a plain `ret` (arch/x86/lib/retpoline.S, __x86_return_thunk). For bench/run.
 */
	.text
	.p2align 6
	.globl	__x86_return_thunk
	.type	__x86_return_thunk, @function
__x86_return_thunk:
	ret
	int3
	.size	__x86_return_thunk, . - __x86_return_thunk

	.section .note.GNU-stack, "", @progbits
