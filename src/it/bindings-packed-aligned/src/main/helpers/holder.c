// SPDX-License-Identifier: Apache-2.0
// The shape of the kernel's struct xregs_state: packed, and aligned to 64 bytes.
struct xstate {
	unsigned int a;
	unsigned long b;
} __attribute__((packed, aligned(64)));

struct holder {
	struct xstate x;
	int n;
};

__rust_helper int rust_helper_holder_bump(struct holder *h)
{
	return ++h->n;
}
