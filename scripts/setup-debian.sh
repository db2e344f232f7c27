#!/usr/bin/env bash
# Makes a Debian 12 machine ready to build and test kernel-rust-maven-plugin: a JDK 17, Maven,
# a rustc/clang/LLVM set that shares one LLVM major (see shared TOOLCHAIN.md), and what the
# aarch64 tests need. Installs what is missing when run as root (as CI does); otherwise prints
# the exact command to run and fails.
set -euo pipefail

packages=(
  openjdk-17-jdk-headless maven          # build the plugin
  clang-22 llvm-22 lld-22                # C to bitcode, llvm-link, llvm-nm, llvm-objdump, ld.lld
  rustc-web rust-web-src                 # rustc 1.96 on LLVM 22, with its library sources (core)
  gcc binutils                           # out-of-line fallback compiler, GNU nm
  bindgen libclang1-14                   # bindings_helpers_generated.rs (bindgen 0.60 needs libclang <= 15)
  libclang-common-14-dev                 # its builtin headers: libclang 14 cannot read clang 22's intrinsics
  liburing-dev python3.11-dev pkg-config # real C libraries with static inline APIs, for the ITs
  liburcu-dev libdpdk-dev                # (liburcu: transparent unions; DPDK: intrinsics headers, bitfields)
  libcglm-dev                            # (cglm: small structs of floats by value, for the call adapters)
  qemu-user gcc-aarch64-linux-gnu libc6-dev-arm64-cross   # run aarch64 results
  linux-source-6.1 make flex bison bc libelf-dev         # the IT in the real kernel tree (make prepare)
)

missing=()
for p in "${packages[@]}"; do
  if [ "$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null)" != "install ok installed" ]; then
    missing+=("$p")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi

if [ "$(id -u)" -ne 0 ]; then
  echo "Missing Debian packages: ${missing[*]}" >&2
  echo "Run: sudo apt-get update && sudo apt-get install -y ${missing[*]}" >&2
  exit 1
fi

echo "Installing: ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
apt-get update -q
apt-get install -y -q --no-install-recommends "${missing[@]}"
