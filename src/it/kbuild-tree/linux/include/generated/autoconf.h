/*
 * Automatically generated file; DO NOT EDIT.
 * (a fake tree's configuration: the kbuild-tree test rewrites it as a new configuration would)
 */
#define CONFIG_SMP 1
#define CONFIG_NR_CPUS 4
