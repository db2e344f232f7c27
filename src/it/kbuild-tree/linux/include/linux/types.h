/* SPDX-License-Identifier: GPL-2.0 */
#ifndef _LINUX_TYPES_H
#define _LINUX_TYPES_H

typedef _Bool bool;
#define true 1
#define false 0

typedef struct {
	int counter;
} atomic_t;

#endif /* _LINUX_TYPES_H */
