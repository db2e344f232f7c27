package io.github.kernelrust.core.toolchain;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The tools found for a build (bindgen is optional: it only generates the bindings). Only rustc is always present; the others are null when nothing
 * usable was found, and {@link ModeDecision} says what that means for the build.
 */
public record Toolchain(Tool rustc, Tool clang, Tool llvmLink, Tool nm, Tool cc, Tool bindgen) {

    /** A toolchain without bindgen. */
    public Toolchain(Tool rustc, Tool clang, Tool llvmLink, Tool nm, Tool cc) {
        this(rustc, clang, llvmLink, nm, cc, null);
    }

    public Optional<Tool> get(ToolKind kind) {
        return Optional.ofNullable(switch (kind) {
            case RUSTC -> rustc;
            case CLANG -> clang;
            case LLVM_LINK -> llvmLink;
            case NM -> nm;
            case CC -> cc;
            case BINDGEN -> bindgen;
        });
    }

    /** Every tool found, in a fixed order. */
    public List<Tool> present() {
        List<Tool> tools = new ArrayList<>();
        for (ToolKind kind : ToolKind.values()) {
            get(kind).ifPresent(tools::add);
        }
        return tools;
    }

    /** The kernel's RUSTC_CLANG_LLVM_COMPATIBLE: rustc's and clang's LLVM majors are equal. */
    public boolean rustcClangLlvmCompatible() {
        return clang != null && rustc.llvm() != null && clang.llvm() != null
                && rustc.llvm().major() == clang.llvm().major();
    }
}
