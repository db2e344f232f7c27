package io.github.kernelrust.core.toolchain;

import io.github.kernelrust.core.KernelRustException;
import java.util.Optional;

/**
 * Inline or out-of-line, and why. Inlining needs rustc, clang and llvm-link on one LLVM major
 * (mixing majors in one module can fail or miscompile), and every reader at least as new as what
 * it reads: llvm-link as new as rustc and clang, and clang (which compiles llvm-link's output) as
 * new as llvm-link. An older reader can reject newer bitcode even within a major.
 *
 * @param mode       what the build does
 * @param compatible whether the toolchain allows inlining
 * @param problem    why it does not (null when compatible), naming each tool, path and version
 * @param cCompiler  what compiles helpers in out-of-line mode: clang, or cc without a usable clang
 */
public record ModeDecision(Mode mode, boolean compatible, String problem, Tool cCompiler) {

    public static ModeDecision decide(Toolchain tc, InlineHelpers setting) {
        Optional<String> problem = incompatibility(tc);
        boolean compatible = problem.isEmpty();
        Mode mode = switch (setting) {
            case FALSE -> Mode.OUT_OF_LINE;
            case AUTO -> compatible ? Mode.INLINE : Mode.OUT_OF_LINE;
            case TRUE -> {
                if (!compatible) {
                    throw new KernelRustException("kernelRust.inlineHelpers=true, but the helpers cannot be inlined: "
                            + problem.get() + " " + remedy(tc));
                }
                yield Mode.INLINE;
            }
        };
        Tool cCompiler = mode == Mode.INLINE ? tc.clang() : outOfLineCompiler(tc);
        return new ModeDecision(mode, compatible, problem.orElse(null), cCompiler);
    }

    /** The one WARNING {@code auto} logs when it falls back. */
    public String fallbackWarning(Toolchain tc) {
        return "Helpers will not be inlined (out-of-line mode): " + problem + " " + remedy(tc);
    }

    static Optional<String> incompatibility(Toolchain tc) {
        Tool rustc = tc.rustc();
        int major = rustc.llvm() == null ? -1 : rustc.llvm().major();
        if (rustc.llvm() == null) {
            return Optional.of("rustc " + rustc.path() + " does not report its LLVM version (" + rustc.versionLine()
                    + ").");
        }
        if (tc.clang() == null) {
            return Optional.of("no clang was found (rustc " + rustc.path() + " is LLVM " + rustc.llvm() + ").");
        }
        if (tc.llvmLink() == null) {
            return Optional.of("no llvm-link was found (rustc " + rustc.path() + " is LLVM " + rustc.llvm() + ").");
        }
        String tools = list(tc);
        if (tc.clang().llvm() == null || tc.llvmLink().llvm() == null) {
            return Optional.of("the LLVM version of every tool must be known: " + tools + ".");
        }
        if (tc.clang().llvm().major() != major || tc.llvmLink().llvm().major() != major) {
            return Optional.of("their LLVM majors differ: " + tools + ".");
        }
        LlvmVersion newest = rustc.llvm().compareTo(tc.clang().llvm()) >= 0 ? rustc.llvm() : tc.clang().llvm();
        if (tc.llvmLink().llvm().compareTo(newest) < 0) {
            return Optional.of("llvm-link is older than the bitcode it must read (LLVM " + newest + "): " + tools + ".");
        }
        // clang then reads what llvm-link wrote: every reader at least as new as every writer
        if (tc.clang().llvm().compareTo(tc.llvmLink().llvm()) < 0) {
            return Optional.of("clang is older than llvm-link, whose output it must read: " + tools + ".");
        }
        return Optional.empty();
    }

    private static String list(Toolchain tc) {
        return tc.rustc().describe() + ", " + tc.clang().describe() + ", " + tc.llvmLink().describe();
    }

    private static String remedy(Toolchain tc) {
        int major = tc.rustc().llvm() == null ? 22 : tc.rustc().llvm().major();
        return "Install tools of rustc's LLVM " + major + " (apt-get install clang-" + major + " llvm-" + major
                + ") or select them with kernelRust.llvm=-" + major + " or kernelRust.llvm=/usr/lib/llvm-" + major
                + "/bin/, or name each one with kernelRust.clang and kernelRust.llvmLink.";
    }

    private static Tool outOfLineCompiler(Toolchain tc) {
        if (tc.clang() != null) {
            return tc.clang();
        }
        if (tc.cc() != null) {
            return tc.cc();
        }
        throw new KernelRustException("No C compiler found to build the helpers: neither clang nor cc is on PATH."
                + " Install clang-22 (apt-get install clang-22) or gcc, or set kernelRust.clang or kernelRust.cc.");
    }
}
