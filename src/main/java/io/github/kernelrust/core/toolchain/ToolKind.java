package io.github.kernelrust.core.toolchain;

import java.util.List;
import java.util.Optional;

/** The tools the pipeline needs, how to ask each for its version, and where Debian ships it. */
public enum ToolKind {
    RUSTC("rustc", "rustc", List.of("-vV"), false, "rustc-web (or rustup's rustc)"),
    CLANG("clang", "clang", List.of("--version"), true, "clang-%d"),
    LLVM_LINK("llvmLink", "llvm-link", List.of("--version"), true, "llvm-%d"),
    NM("nm", "llvm-nm", List.of("--version"), true, "llvm-%d (or binutils for GNU nm)"),
    CC("cc", "cc", List.of("--version"), false, "gcc"),
    BINDGEN("bindgen", "bindgen", List.of("--version"), false, "bindgen libclang1-14");

    private final String parameter;
    private final String command;
    private final List<String> versionArgs;
    private final boolean llvmFamily;
    private final String debianPackage;

    ToolKind(String parameter, String command, List<String> versionArgs, boolean llvmFamily, String debianPackage) {
        this.parameter = parameter;
        this.command = command;
        this.versionArgs = versionArgs;
        this.llvmFamily = llvmFamily;
        this.debianPackage = debianPackage;
    }

    /** The plugin parameter (and, prefixed with {@code kernelRust.}, the user property) naming its path. */
    public String parameter() {
        return parameter;
    }

    /** The unversioned command name looked up on PATH. */
    public String command() {
        return command;
    }

    public List<String> versionArgs() {
        return versionArgs;
    }

    /** Whether the kernel's {@code LLVM=} convention applies to it (it does not to rustc and cc). */
    public boolean llvmFamily() {
        return llvmFamily;
    }

    /** The Debian package that provides it, for an LLVM major when the name depends on one. */
    public String debianPackage(int llvmMajor) {
        return debianPackage.contains("%d") ? String.format(debianPackage, llvmMajor) : debianPackage;
    }

    /** The LLVM release this tool's version output names, if it names one. */
    public Optional<LlvmVersion> parseLlvm(String versionOutput) {
        return switch (this) {
            case RUSTC -> LlvmVersion.fromRustcVerbose(versionOutput);
            case CLANG -> LlvmVersion.fromClang(versionOutput);
            case LLVM_LINK, NM -> LlvmVersion.fromLlvmTool(versionOutput);
            case CC, BINDGEN -> Optional.empty();
        };
    }
}
