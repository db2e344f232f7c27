/* SPDX-License-Identifier: GPL-2.0 */
#ifndef _ASM_X86_KR_ARCH_H
#define _ASM_X86_KR_ARCH_H

/* found through Kbuild's -I./arch/x86/include */
#define KR_ARCH_LOCK_PREFIX "lock; "

#endif /* _ASM_X86_KR_ARCH_H */
