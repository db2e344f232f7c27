package io.github.kernelrust.core.toolchain;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An LLVM release, as the tools print it. {@link #encoded()} is the kernel's
 * {@code RUSTC_LLVM_VERSION} encoding: 22.1.8 becomes 220108.
 */
public record LlvmVersion(int major, int minor, int patch) implements Comparable<LlvmVersion> {

    // rustc -vV: "LLVM version: 22.1.8"
    private static final Pattern RUSTC = Pattern.compile("(?m)^LLVM version:\\s*(\\d+)\\.(\\d+)(?:\\.(\\d+))?");
    // llvm-link, llvm-nm, opt...: "Debian LLVM version 22.1.8", "  LLVM version 22.1.8-rust-1.96.0-stable"
    private static final Pattern LLVM_TOOL = Pattern.compile("(?m)\\bLLVM version (\\d+)\\.(\\d+)(?:\\.(\\d+))?");
    // clang: "Debian clang version 22.1.8 (1~deb12u1)", "Android (...) clang version 17.0.2 (...)"
    private static final Pattern CLANG = Pattern.compile("\\bclang version (\\d+)\\.(\\d+)(?:\\.(\\d+))?");

    public LlvmVersion {
        if (major < 0 || minor < 0 || patch < 0 || minor > 99 || patch > 99) {
            throw new IllegalArgumentException("not an LLVM version: " + major + "." + minor + "." + patch);
        }
    }

    /** Parses "22.1.8", "22.1" or "22.1.8-rust-1.96.0-stable". */
    public static LlvmVersion parse(String text) {
        Matcher m = Pattern.compile("^\\s*(\\d+)\\.(\\d+)(?:\\.(\\d+))?").matcher(text);
        if (!m.find()) {
            throw new IllegalArgumentException("not an LLVM version: " + text);
        }
        return of(m);
    }

    /** The LLVM that rustc was built with, from {@code rustc -vV}. */
    public static Optional<LlvmVersion> fromRustcVerbose(String output) {
        return find(RUSTC, output);
    }

    /** From {@code llvm-link --version}, {@code llvm-nm --version} and the other LLVM tools. */
    public static Optional<LlvmVersion> fromLlvmTool(String output) {
        return find(LLVM_TOOL, output);
    }

    /**
     * From {@code clang --version}. Apple's clang numbers its releases after Xcode, not after
     * LLVM, so its version says nothing about the bitcode it writes: empty.
     */
    public static Optional<LlvmVersion> fromClang(String output) {
        String first = output.strip().lines().findFirst().orElse("");
        if (first.startsWith("Apple ")) {
            return Optional.empty();
        }
        return find(CLANG, first);
    }

    /** The kernel's encoding: major * 10000 + minor * 100 + patch. */
    public int encoded() {
        return major * 10_000 + minor * 100 + patch;
    }

    @Override
    public int compareTo(LlvmVersion o) {
        return Integer.compare(encoded(), o.encoded());
    }

    @Override
    public String toString() {
        return major + "." + minor + "." + patch;
    }

    private static Optional<LlvmVersion> find(Pattern pattern, String output) {
        Matcher m = pattern.matcher(output);
        return m.find() ? Optional.of(of(m)) : Optional.empty();
    }

    private static LlvmVersion of(Matcher m) {
        int patch = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
        return new LlvmVersion(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), patch);
    }
}
