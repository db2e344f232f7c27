package io.github.kernelrust.core.toolchain;

import io.github.kernelrust.core.process.AtomicFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;

/**
 * {@code toolchain.properties}: each tool's path, version and LLVM, rustc's LLVM in the kernel's
 * encoding, the compatibility verdict and the mode. Sorted and without a timestamp, so the same
 * toolchain gives the same bytes. Later goals read it back instead of probing the tools again.
 */
final class ToolchainProperties {
    public static final String FILE_NAME = "toolchain.properties";

    private ToolchainProperties() {
    }

    public static Map<String, String> toMap(Toolchain tc, ModeDecision decision, String requestKey) {
        Map<String, String> p = new TreeMap<>();
        for (Tool tool : tc.present()) {
            String k = tool.kind().parameter();
            p.put(k + ".path", tool.path().toString());
            p.put(k + ".version", tool.versionLine());
            if (tool.llvm() != null) {
                p.put(k + ".llvm", tool.llvm().toString());
                p.put(k + ".llvm.major", Integer.toString(tool.llvm().major()));
            }
        }
        if (tc.rustc().llvm() != null) {
            p.put("rustc.llvm.version", Integer.toString(tc.rustc().llvm().encoded()));
        }
        p.put("rustcClangLlvmCompatible", Boolean.toString(tc.rustcClangLlvmCompatible()));
        p.put("compatible", Boolean.toString(decision.compatible()));
        if (decision.problem() != null) {
            p.put("problem", decision.problem());
        }
        p.put("mode", decision.mode().id());
        p.put("cCompiler", decision.cCompiler().kind().parameter());
        p.put("request", requestKey);
        return p;
    }

    public static void write(Path file, Map<String, String> map) {
        StringBuilder sb = new StringBuilder("# Written by kernel-rust-maven-plugin detect-toolchain\n");
        map.forEach((k, v) -> sb.append(escape(k)).append('=').append(escape(v)).append('\n'));
        AtomicFiles.write(file, sb.toString());
    }

    /** A detection result read back, if the file exists and was made for the same request. */
    public static Optional<Detection> read(Path file, String requestKey) {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        Properties p = new Properties();
        try (var reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!requestKey.equals(p.getProperty("request"))) {
            return Optional.empty();
        }
        Tool[] tools = new Tool[ToolKind.values().length];
        for (ToolKind kind : ToolKind.values()) {
            String path = p.getProperty(kind.parameter() + ".path");
            if (path != null) {
                String llvm = p.getProperty(kind.parameter() + ".llvm");
                tools[kind.ordinal()] = new Tool(kind, Path.of(path), p.getProperty(kind.parameter() + ".version", ""),
                        llvm == null ? null : LlvmVersion.parse(llvm));
            }
        }
        if (tools[ToolKind.RUSTC.ordinal()] == null) {
            return Optional.empty();
        }
        Toolchain tc = new Toolchain(tools[0], tools[1], tools[2], tools[3], tools[4], tools[5]);
        Tool cCompiler = tc.get("cc".equals(p.getProperty("cCompiler")) ? ToolKind.CC : ToolKind.CLANG).orElse(null);
        if (cCompiler == null) {
            return Optional.empty();
        }
        ModeDecision decision = new ModeDecision(Mode.fromId(p.getProperty("mode")),
                Boolean.parseBoolean(p.getProperty("compatible")), p.getProperty("problem"), cCompiler);
        return Optional.of(new Detection(tc, decision));
    }

    private static String escape(String s) {
        StringBuilder sb = new StringBuilder();
        for (char c : s.toCharArray()) {
            switch (c) {
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '=', ':', '#', '!' -> sb.append('\\').append(c);
                default -> {
                    if (c < 0x20 || c > 0x7e) {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.toString();
    }
}
