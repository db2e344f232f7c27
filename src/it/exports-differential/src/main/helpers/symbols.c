// SPDX-License-Identifier: Apache-2.0
// Symbols of every kind the kernel's export filter looks at.
int helper_counter;                               /* B: exported */
int helper_initialized = 42;                      /* D: exported */
const int helper_table[4] = { 1, 2, 3, 4 };       /* R: exported */
int __odr_asan_gen_marker = 1;                    /* D, but excluded by name */
static int helper_private(int x) { return x + helper_counter; }   /* t: not exported */

/* objtool makes __pfx_ symbols in the kernel; name one by hand, the filter is by name */
void __pfx_fake_padding(void) { }
int x__cfi_mid(int x) { return x * 5; }            /* __cfi anywhere in the name: excluded */
__attribute__((weak)) int helper_weak(int x) { return x - 1; }  /* W: not T|R|D|B */

__rust_helper int rust_helper_lookup(int i)
{
	return helper_private(helper_table[i & 3]) + helper_initialized;
}
