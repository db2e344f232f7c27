package io.github.kernelrust.core.toolchain;

import io.github.kernelrust.core.KernelRustException;
import java.util.EnumMap;
import java.util.Map;

/**
 * What the user asked for: the kernel's {@code LLVM=} value and explicit tool paths.
 *
 * @param llvm     null (auto-discover), {@code 1}, {@code -22} or a prefix ending in {@code /}
 * @param explicit tool paths (or bare names to look up on PATH) that win over {@code llvm}
 */
public record ToolRequest(String llvm, Map<ToolKind, String> explicit) {

    public ToolRequest {
        llvm = blankToNull(llvm);
        EnumMap<ToolKind, String> copy = new EnumMap<>(ToolKind.class);
        explicit.forEach((k, v) -> {
            if (blankToNull(v) != null) {
                copy.put(k, v.strip());
            }
        });
        explicit = Map.copyOf(copy);
        if (llvm != null && !llvm.equals("1") && !llvm.startsWith("-") && !llvm.endsWith("/")) {
            throw new KernelRustException("kernelRust.llvm is '" + llvm + "', which the kernel's LLVM= convention"
                    + " does not know. Use 1 (unversioned tools on PATH), a suffix such as -22 (clang-22,"
                    + " llvm-link-22), or a directory ending in / such as /usr/lib/llvm-22/bin/; or leave it unset"
                    + " to discover tools that match rustc's LLVM.");
        }
        if (llvm != null && llvm.endsWith("/") && !java.nio.file.Files.isDirectory(java.nio.file.Path.of(llvm))) {
            throw new KernelRustException("kernelRust.llvm is '" + llvm + "', a prefix ending in /, but that folder"
                    + " does not exist. Point it at the folder that holds clang and llvm-link (e.g. /usr/lib/llvm-22/bin/),"
                    + " or leave it unset to discover tools that match rustc's LLVM.");
        }
    }

    public static ToolRequest auto() {
        return new ToolRequest(null, Map.of());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
