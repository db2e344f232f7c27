/* SPDX-License-Identifier: Apache-2.0 */
/* Found through <includes>: a mark that a test's own .pc file can set through its Cflags. */
#ifndef KR_PC_MARK
#define KR_PC_MARK 0
#endif
