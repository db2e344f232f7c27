package io.github.kernelrust.core.build;

import io.github.kernelrust.core.KernelRustException;
import io.github.kernelrust.core.bindings.ClangAst;
import io.github.kernelrust.core.bindings.WrapSource;
import io.github.kernelrust.core.process.AtomicFiles;
import io.github.kernelrust.core.toolchain.Detection;
import io.github.kernelrust.core.toolchain.Tool;
import io.github.kernelrust.core.toolchain.ToolKind;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The helpers {@code <wrap>} asks for, in two steps over a translation unit that includes the
 * headers: {@code WRAP-MACROS} ({@code clang -E -dM}: which names are macros) and {@code WRAP}
 * ({@code clang -fsyntax-only -Xclang -ast-dump}: clang's own view of the functions, from which
 * {@link WrapSource} writes {@code generated/wrap_helpers.c}). Both rerun only when the headers,
 * the flags or the configuration change.
 */
final class WrappedHelpers {
    static final String SOURCE = "wrap_helpers.c";

    private WrappedHelpers() {
    }

    static Path source(BuildSettings s) {
        return s.generated().resolve(SOURCE);
    }

    /** Writes the headers' unit and returns the two steps, macros first. */
    static List<Step> steps(BuildSettings s, Detection d) {
        Tool clang = d.toolchain().clang();
        if (clang == null || clang.kind() != ToolKind.CLANG) {
            throw new KernelRustException("<wrap> reads the headers with clang's AST, and no clang was found. Install"
                    + " clang-22 (apt-get install clang-22) or set kernelRust.clang.");
        }
        Path unit = s.generated().resolve("wrap_headers.c");
        // the requested functions go into the unit as a comment: the unit is an input, so a changed
        // <functions> list reruns the step, and so does another plugin, which may write the helpers
        // differently
        AtomicFiles.write(unit, WrapSource.headersUnit(s.wrap().headers()) + "/* functions: "
                + String.join(" ", s.wrap().functions()).replace("*/", "* /") + " */\n/* plugin: "
                + PluginCode.fingerprint() + " */\n");
        Path macros = s.generated().resolve("wrap_macros.txt");
        Path depFile = s.generated().resolve(".wrap_headers.deps");
        // the macro step lists the headers it read itself: with the AST step's list it would see one
        // only after that step ran, and run again in the next goal for the longer list of inputs
        Path macroDeps = s.generated().resolve(".wrap_macros.deps");
        Path out = source(s);
        HelperVariant base = s.variant(HelperVariant.DEFAULT);

        List<String> dm = new ArrayList<>(List.of(clang.path().toString()));
        dm.addAll(HelperCompiler.flags(s, clang, base, null));
        dm.addAll(List.of("-MD", "-MF", macroDeps.toString(), "-E", "-dM", unit.toString(), "-o",
                AtomicFiles.temporary(macros).toString()));
        Step macroStep = new Step("Listing the macros of the <wrap> headers", s.command("WRAP-MACROS "
                + macros.getFileName(), dm), List.of(macros), HelperCompiler.inputs(s, List.of(), unit, null, macroDeps));

        List<String> ast = new ArrayList<>(List.of(clang.path().toString()));
        ast.addAll(HelperCompiler.flags(s, clang, base, null));
        ast.addAll(List.of("-MD", "-MF", depFile.toString(), "-fsyntax-only", "-Xclang", "-ast-dump",
                unit.toString()));
        Step astStep = new Step("Reading the <wrap> headers", s.command("WRAP " + out.getFileName(), ast),
                List.of(out), () -> {
                    var inputs = new ArrayList<>(HelperCompiler.inputs(s, List.of(), unit, null, depFile).get());
                    inputs.add(macros);
                    return inputs;
                }).producing(result -> {
                    try {
                        String text = WrapSource.render(s.wrap().headers(), s.wrap().functions(),
                                ClangAst.functions(result.stdout()),
                                WrapSource.macros(Files.readString(macros, StandardCharsets.UTF_8)));
                        Files.writeString(AtomicFiles.temporary(out), text, StandardCharsets.UTF_8);
                    } catch (IOException e) {
                        throw new UncheckedIOException("cannot write " + out, e);
                    }
                });
        return List.of(macroStep, astStep);
    }
}
