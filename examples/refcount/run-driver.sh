#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
#
# Build and run the refcount example's C driver.
#
# Usage: run-driver.sh OBJDIR OUTBIN [SCALE [ROUNDS]]
#   OBJDIR  directory whose *.o are linked with the driver: the crate object,
#           plus the helper object(s) when helpers are out of line (inlined
#           helpers live inside the crate object, so there is none then);
#           core.o and compiler_builtins.o (a target whose core is built from
#           source) go in as an archive, so only what the crate uses is linked
#   OUTBIN  driver executable to write
#   SCALE   multiplies every benchmark's iteration count (default 1)
#   ROUNDS  timing rounds (default 7; 0 runs the checks only)
# Environment: CC (default cc), CFLAGS (extra compiler flags), RUNNER (a command that runs
# the driver, e.g. qemu-aarch64 for an aarch64 build: CC=aarch64-linux-gnu-gcc CFLAGS=-static).
set -euo pipefail

if [ $# -lt 2 ]; then
	sed -n '4,15p' "$0" >&2
	exit 2
fi
here=$(cd "$(dirname "$0")" && pwd)
objdir=$1 outbin=$2
shift 2

shopt -s nullglob
objs=() libs=()
for o in "$objdir"/*.o; do
	case ${o##*/} in
	core.o | compiler_builtins.o) libs+=("$o") ;;
	*) objs+=("$o") ;;
	esac
done
if [ ${#objs[@]} -eq 0 ]; then
	echo "run-driver.sh: no *.o in $objdir" >&2
	exit 2
fi
if [ ${#libs[@]} -gt 0 ]; then
	# whole, core.o would need a panic handler that the example never calls
	rm -f "$outbin.core.a"
	"$(${CC:-cc} -print-prog-name=ar)" rcs "$outbin.core.a" "${libs[@]}"
	objs+=("$outbin.core.a")
fi

# -pthread: one check runs the Rust and C spinlock loops on two threads.
${CC:-cc} -O2 ${CFLAGS:-} -pthread -I "$here/src/main/include" \
	"$here/src/main/c/driver.c" "${objs[@]}" -o "$outbin"
exec ${RUNNER:-} "$outbin" "$@"
