package io.github.kernelrust.core.build;

import io.github.kernelrust.core.KernelRustException;
import io.github.kernelrust.core.bindings.Bindgen;
import io.github.kernelrust.core.inlining.AbiCheck;
import io.github.kernelrust.core.process.AtomicFiles;
import io.github.kernelrust.core.process.Command;
import io.github.kernelrust.core.toolchain.Detection;
import io.github.kernelrust.core.toolchain.Mode;
import io.github.kernelrust.core.toolchain.Tool;
import io.github.kernelrust.core.toolchain.ToolKind;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The FFI boundary between the crates and the helpers, as LLVM IR sees it. Each side's bitcode is
 * disassembled once ({@code LLVM-DIS NAME.ll}): the crate's own {@code NAME.bc} (rustc writes it in
 * both modes), and the helpers' IR, which in inline mode is {@code helpers.bc} and out of line a
 * front-end-only compile of the same unity source ({@code HELPER-IR helpers.abi.bc}), built with
 * {@code __rust_helper} as inline mode defines it so that it also tells which helpers carry it.
 * The ABI check ({@link AbiCheck}) and the inlining report read these.
 */
final class Boundary {
    /** {@code __rust_helper} as inline mode defines it, for the out-of-line IR. */
    static final String INLINE_DEFINITION = "inline __attribute__((__always_inline__, __gnu_inline__))";
    private static final Pattern LINK_NAME = Pattern.compile("#\\[link_name\\s*=\\s*\"([^\"]+)\"\\]");
    /** The result type at the end of a declaration: {@code ) -> sc}, {@code ) -> ffi::sc}. */
    private static final Pattern RESULT_TYPE = Pattern.compile("\\)\\s*->\\s*(?:[\\w:]*::)?(\\w+)\\s*$");

    private Boundary() {
    }

    /** Whether the helpers' IR exists in this mode: inline, or out of line with clang (cc writes no IR). */
    static boolean checkable(Detection d) {
        return d.mode() == Mode.INLINE || d.decision().cCompiler().kind() == ToolKind.CLANG;
    }

    /** The helpers' IR of a variant: {@code VARIANT.bc} inline, {@code VARIANT.abi.bc} out of line. */
    static Path helperIr(BuildSettings s, Mode mode, HelperVariant v) {
        return mode == Mode.INLINE ? HelperCompiler.output(s, Mode.INLINE, v)
                : s.outputDirectory().resolve(v.name() + ".abi.bc");
    }

    /** Out of line: the helpers through clang's front end only, to IR. */
    static Step helperIrStep(BuildSettings s, Detection d, HelperVariant v, Path unity, Path header,
            List<Path> sources) {
        Tool clang = d.decision().cCompiler();
        Path out = helperIr(s, Mode.OUT_OF_LINE, v);
        List<String> argv = new ArrayList<>(List.of(clang.path().toString()));
        argv.add("-D__rust_helper=" + INLINE_DEFINITION);
        argv.addAll(HelperCompiler.flags(s, clang, v, header));
        argv.addAll(List.of("-c", "-g0", "-emit-llvm", "-Xclang", "-disable-llvm-passes", "-Wno-macro-redefined",
                unity.toString(), "-o", AtomicFiles.temporary(out).toString()));
        Path depFile = s.outputDirectory().resolve("." + v.name() + ".deps");
        return new Step("Reading the helpers' signatures (" + v.name() + ")",
                s.command("HELPER-IR " + out.getFileName(), argv), List.of(out),
                HelperCompiler.inputs(s, sources, unity, header, depFile));
    }

    /** The text form of a bitcode file: {@code X.bc} gives {@code X.ll}. */
    static Path disassembly(Path bitcode) {
        String n = bitcode.getFileName().toString();
        return bitcode.resolveSibling((n.endsWith(".bc") ? n.substring(0, n.length() - 3) : n) + ".ll");
    }

    static Step disassemble(Path llvmDis, Path bitcode) {
        Path out = disassembly(bitcode);
        // the input named from its own folder: the ModuleID llvm-dis writes is the same from any checkout
        return new Step("Disassembling " + bitcode.getFileName(), Command.of("LLVM-DIS " + out.getFileName(),
                List.of(llvmDis.toString(), bitcode.getFileName().toString(), "-o", AtomicFiles.temporary(out).toString()))
                .withWorkDir(bitcode.toAbsolutePath().getParent()), List.of(out), () -> List.of(bitcode));
    }

    /**
     * The error for the mismatches of one crate: one paragraph per helper, each naming the Rust
     * declaration and the file that declares it, the C definition and the file that defines it.
     */
    static KernelRustException mismatch(CrateSpec crate, List<AbiCheck.Mismatch> mismatches, List<Path> rustSources,
            List<Path> helperSources) {
        StringBuilder sb = new StringBuilder();
        for (AbiCheck.Mismatch m : mismatches) {
            if (!sb.isEmpty()) {
                sb.append("\n");
            }
            Optional<String> declared = locate(rustSources, rustDeclaration(m.name()));
            sb.append("The Rust declaration of ").append(m.name()).append(" in crate ").append(crate.name())
                    .append(" does not match its C definition, so every call passes or reads values wrongly (")
                    .append(m.difference()).append("). Rust declares ").append(m.rust().describe())
                    .append(declared.map(l -> " at " + l).orElse(""))
                    .append("; C defines ").append(m.c().describe())
                    .append(locate(helperSources, cDefinition(m.name())).map(l -> " at " + l).orElse(""))
                    .append(". ").append(advice(m, declared.filter(l -> l.startsWith(generatedPrefix(rustSources)))
                            .isPresent()));
        }
        return new KernelRustException(sb.toString());
    }

    /**
     * The mismatches that are real: without those where only the result differs as a small struct
     * that AArch64 returns in one register ({@link AbiCheck#onlyResultWidened}), declared by the
     * plugin's bindings as a struct or union. bindgen wrote that declaration and that struct from the
     * helper's own C, so their sizes agree; a hand-written declaration gets no such excuse (a
     * {@code u64} for an {@code unsigned int}, or a wider struct, has the same IR). On x86-64 rustc
     * returns a small struct as an integer of its own size, so a wider integer there is a real
     * mismatch.
     */
    static List<AbiCheck.Mismatch> real(List<AbiCheck.Mismatch> mismatches, List<Path> rustSources, boolean aarch64) {
        List<AbiCheck.Mismatch> out = new ArrayList<>();
        Optional<Path> bindings = generatedBindings(rustSources);
        String text = null;
        for (AbiCheck.Mismatch m : mismatches) {
            if (aarch64 && bindings.isPresent() && AbiCheck.onlyResultWidened(m)) {
                text = text == null ? read(bindings.get()) : text;
                if (returnsStruct(text, m.name())) {
                    continue;
                }
            }
            out.add(m);
        }
        return out;
    }

    /** Whether the declaration of {@code symbol} in the bindings {@code rust} returns a struct or union they define. */
    static boolean returnsStruct(String rust, String symbol) {
        Matcher decl = rustDeclaration(symbol).matcher(rust);
        if (!decl.find()) {
            return false;
        }
        int end = rust.indexOf(';', decl.end());
        Matcher result = RESULT_TYPE.matcher(rust.substring(decl.end(), end < 0 ? rust.length() : end));
        if (!result.find()) {
            return false;
        }
        String type = result.group(1);
        for (int hops = 0; hops < 4; hops++) {
            if (Pattern.compile("(?m)^\\s*pub\\s+(?:struct|union)\\s+" + Pattern.quote(type) + "\\b").matcher(rust)
                    .find()) {
                return true;
            }
            // bindgen's typedefs: pub type sc_t = sc;
            Matcher alias = Pattern.compile("(?m)^\\s*pub\\s+type\\s+" + Pattern.quote(type)
                    + "\\s*=\\s*(?:[\\w:]*::)?(\\w+)\\s*;").matcher(rust);
            if (!alias.find()) {
                return false;
            }
            type = alias.group(1);
        }
        return false;
    }

    /** The text of a file, or nothing when it cannot be read (it then declares nothing here). */
    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            return "";
        }
    }

    /** The generated bindings among a crate's Rust sources, when it includes them. */
    private static Optional<Path> generatedBindings(List<Path> rustSources) {
        return rustSources.stream().filter(p -> p.getFileName().toString().equals(Bindgen.OUTPUT)).findFirst();
    }

    /** What to do about a mismatch, for a declaration the user wrote or one the plugin's bindings gave. */
    private static String advice(AbiCheck.Mismatch m, boolean generated) {
        Optional<String> noRustType = AbiCheck.typeRustLacks(m.c());
        if (noRustType.isPresent()) {
            return "C's long double (" + noRustType.get() + ") has no stable Rust type: bindgen declares it u128, an integer,"
                    + " which is passed in other registers. Rust cannot call this helper: write a helper that takes and"
                    + " returns double (converting in C), and call that one.";
        }
        if (generated) {
            return "The declaration is the one the plugin's bindings give, so bindgen maps one of these C types to a"
                    + " Rust type that is passed differently: write the declaration by hand in the crate (an extern"
                    + " \"C\" block with the types that match), or a helper whose types bindgen maps faithfully.";
        }
        return "Fix the declaration, or let the plugin write it: include the generated bindings with"
                + " mod ffi { include!(concat!(env!(\"OUT_DIR\"), \"/bindings_helpers_generated.rs\")); }.";
    }

    /** How {@link #locate} starts a location in the generated bindings, or a prefix no location has. */
    private static String generatedPrefix(List<Path> rustSources) {
        return generatedBindings(rustSources).map(p -> p + ":").orElse("\0");
    }

    private static Pattern rustDeclaration(String symbol) {
        return Pattern.compile("\\bfn\\s+" + Pattern.quote(symbol) + "\\s*\\(");
    }

    private static Pattern cDefinition(String symbol) {
        // the first mention that is not a call: no "return", "=", "(" or "," right before it
        return Pattern.compile("^(?!.*(?:\\breturn|[=(,])\\s*" + Pattern.quote(symbol) + "\\s*\\().*\\b"
                + Pattern.quote(symbol) + "\\s*\\(");
    }

    /** {@code file:line: text} of the first line {@code pattern} finds, or of a {@code #[link_name]} for it. */
    private static Optional<String> locate(List<Path> files, Pattern pattern) {
        for (Path f : files) {
            List<String> lines;
            try {
                lines = Files.readAllLines(f, StandardCharsets.UTF_8);
            } catch (IOException | RuntimeException e) {
                continue;
            }
            for (int i = 0; i < lines.size(); i++) {
                if (pattern.matcher(lines.get(i)).find()) {
                    return Optional.of(f + ":" + (i + 1) + " (`" + lines.get(i).strip() + "`)");
                }
                Matcher ln = LINK_NAME.matcher(lines.get(i));
                if (ln.find() && pattern.pattern().contains(Pattern.quote(ln.group(1))) && i + 1 < lines.size()) {
                    return Optional.of(f + ":" + (i + 2) + " (`" + lines.get(i + 1).strip() + "`, linked as "
                            + ln.group(1) + ")");
                }
            }
        }
        return Optional.empty();
    }
}
