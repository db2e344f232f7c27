// SPDX-License-Identifier: Apache-2.0
// Checks what the Rust code wrote, against liburing's own static inlines called from C.
#include <stdio.h>
#include <string.h>
#include <liburing.h>

void prep_linked_nop(struct io_uring_sqe *sqe, unsigned long long data);
unsigned long long cqe_data(const struct io_uring_cqe *cqe);

int main(void)
{
	struct io_uring_sqe rust, c;
	memset(&rust, 0xa5, sizeof rust);
	memset(&c, 0xa5, sizeof c);
	prep_linked_nop(&rust, 0x1234567890ULL);
	io_uring_prep_nop(&c);
	io_uring_sqe_set_data64(&c, 0x1234567890ULL);
	io_uring_sqe_set_flags(&c, IOSQE_IO_LINK);
	struct io_uring_cqe cqe = { .user_data = 77 };
	int same = memcmp(&rust, &c, sizeof rust) == 0;
	printf("opcode=%d flags=%d user_data=%#llx same=%d cqe=%llu\n", rust.opcode, rust.flags,
	       (unsigned long long)rust.user_data, same, cqe_data(&cqe));
	return same ? 0 : 1;
}
