// SPDX-License-Identifier: Apache-2.0
#include "mini_kernel.h"

__rust_helper bool rust_helper_test_and_set_bit(unsigned int nr, unsigned long *addr)
{
	return test_and_set_bit(nr, addr);
}
