// SPDX-License-Identifier: Apache-2.0
/* Rust helpers for struct list_head (__rust_helper: see refcount.c). */
#include "kernel_like.h"

__rust_helper void rust_helper_INIT_LIST_HEAD(struct list_head *list)
{
	INIT_LIST_HEAD(list);
}

__rust_helper void rust_helper_list_add(struct list_head *new_entry, struct list_head *head)
{
	list_add(new_entry, head);
}

__rust_helper void rust_helper_list_del(struct list_head *entry)
{
	list_del(entry);
}

__rust_helper bool rust_helper_list_empty(const struct list_head *head)
{
	return list_empty(head);
}
