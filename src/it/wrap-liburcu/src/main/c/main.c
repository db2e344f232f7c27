// SPDX-License-Identifier: Apache-2.0
// Runs the Rust functions and the same calls of liburcu's static inlines from C, and prints both.
#define _LGPL_SOURCE
#include <stdio.h>
#include <stddef.h>
#include <urcu/wfcqueue.h>
#include <urcu/lfstack.h>
#include <urcu/list.h>

#define N 100
size_t wfcq_order(struct cds_wfcq_head *, struct cds_wfcq_tail *, struct cds_wfcq_node *, size_t);
size_t lfs_order(struct cds_lfs_stack *, struct cds_lfs_node *, size_t);
size_t list_left(struct cds_list_head *, struct cds_list_head *, size_t);

static struct cds_wfcq_head qh;
static struct cds_wfcq_tail qt;
static struct cds_wfcq_node qn[N];
static struct cds_lfs_stack st;
static struct cds_lfs_node sn[N];
static struct cds_list_head lh, le[N];

static size_t c_wfcq(void)
{
	struct cds_wfcq_node *next = qn;
	cds_wfcq_init(&qh, &qt);
	for (int i = 0; i < N; i++) {
		cds_wfcq_node_init(&qn[i]);
		cds_wfcq_enqueue(&qh, &qt, &qn[i]);
	}
	while (cds_wfcq_dequeue_blocking(&qh, &qt) == next)
		next++;
	cds_wfcq_destroy(&qh, &qt);
	return (size_t)(next - qn);
}

static size_t c_lfs(void)
{
	size_t sum = 0, pos = 1;
	struct cds_lfs_node *node;
	cds_lfs_init(&st);
	for (int i = 0; i < N; i++) {
		cds_lfs_node_init(&sn[i]);
		cds_lfs_push(&st, &sn[i]);
	}
	while ((node = cds_lfs_pop_blocking(&st)) != NULL)
		sum += pos++ * (size_t)(node - sn);
	cds_lfs_destroy(&st);
	return sum;
}

static size_t c_list(void)
{
	size_t left = 0;
	struct cds_list_head *p;
	CDS_INIT_LIST_HEAD(&lh);
	for (int i = 0; i < N; i++)
		cds_list_add_tail(&le[i], &lh);
	cds_list_move(lh.prev, &lh);
	cds_list_del(lh.prev);
	cds_list_for_each(p, &lh)
		left++;
	return left;
}

int main(void)
{
	size_t rq = wfcq_order(&qh, &qt, qn, N), cq = c_wfcq();
	size_t rs = lfs_order(&st, sn, N), cs = c_lfs();
	size_t rl = list_left(&lh, le, N), cl = c_list();
	printf("wfcq=%zu/%zu lfs=%zu/%zu list=%zu/%zu\n", rq, cq, rs, cs, rl, cl);
	return !(rq == cq && rs == cs && rl == cl);
}
