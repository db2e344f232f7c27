/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * A fake kernel tree for the kbuild-tree integration test. Empty on purpose, as the kernel's is:
 * Kbuild force-includes it so that a compiler upgrade rebuilds everything.
 */
