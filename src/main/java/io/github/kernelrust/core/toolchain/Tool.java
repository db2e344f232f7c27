package io.github.kernelrust.core.toolchain;

import java.nio.file.Path;
import java.util.Optional;

/**
 * A tool that was found and asked for its version.
 *
 * @param kind        what it is
 * @param path        where it is
 * @param versionLine the first line of its version output
 * @param llvm        the LLVM it is built on, or null when it names none (GNU nm, gcc, Apple clang)
 */
public record Tool(ToolKind kind, Path path, String versionLine, LlvmVersion llvm) {

    public Optional<LlvmVersion> llvmVersion() {
        return Optional.ofNullable(llvm);
    }

    /** "rustc /usr/bin/rustc (LLVM 22.1.8)", as errors and the log name a tool. */
    public String describe() {
        return kind.command() + " " + path + " (" + (llvm == null ? "no LLVM version: " + versionLine : "LLVM " + llvm)
                + ")";
    }
}
