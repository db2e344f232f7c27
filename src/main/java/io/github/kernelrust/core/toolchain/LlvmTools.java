package io.github.kernelrust.core.toolchain;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Finds the LLVM tools the checks need besides the discovered ones ({@code llvm-dis},
 * {@code llvm-objdump}): beside the discovered llvm-link or nm (after following links, so
 * {@code /usr/bin/llvm-link-22} leads to {@code /usr/lib/llvm-22/bin}), else as
 * {@code NAME-MAJOR} on PATH, else unversioned on PATH.
 */
public final class LlvmTools {
    private final SearchPath searchPath;

    public LlvmTools(SearchPath searchPath) {
        this.searchPath = searchPath;
    }

    public Optional<Path> find(String name, Toolchain tc) {
        for (Tool t : new Tool[] {tc.llvmLink(), tc.nm(), tc.clang()}) {
            if (t == null || t.llvm() == null) {
                continue;
            }
            try {
                Path sibling = t.path().toRealPath().resolveSibling(name);
                if (SearchPath.isExecutable(sibling)) {
                    return Optional.of(sibling);
                }
            } catch (IOException ignored) {
                // fall through to PATH
            }
            Optional<Path> versioned = searchPath.find(name + "-" + t.llvm().major());
            if (versioned.isPresent()) {
                return versioned;
            }
        }
        return searchPath.find(name);
    }
}
