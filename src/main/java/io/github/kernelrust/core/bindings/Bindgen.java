package io.github.kernelrust.core.bindings;

import io.github.kernelrust.core.process.Command;
import io.github.kernelrust.core.process.ProcessResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * bindgen over the helpers, as the kernel generates {@code bindings_helpers_generated.rs}: the
 * unity source with {@code -D__BINDGEN__} (so {@code __rust_helper} is empty and bindgen sees plain
 * prototypes), every declaration of the helper files allow-listed (with the C types they use),
 * {@code core}-only output. bindgen reads C through libclang, and which libclang it loads matters:
 * bindgen before 0.64 misreads the types of libclang 16 and newer (clang 16 wraps every type
 * name in an "elaborated" type; the old bindgen turns such structs opaque or panics on anonymous
 * unions), so each run names its libclang through {@code LIBCLANG_PATH}.
 */
public final class Bindgen {
    public static final String OUTPUT = "bindings_helpers_generated.rs";
    private static final Pattern PACKED_ALIGNED = Pattern.compile("error\\[E0587\\][^\\n]*\\n\\s*--> [^\\n]*"
            + Pattern.quote(OUTPUT) + ":\\d+:\\d+\\n(?:[^\\n]*\\n){0,3}?\\s*\\d+\\s*\\|\\s*pub (?:struct|union) (\\w+)");
    private static final Pattern VERSION = Pattern.compile("(\\d+)\\.(\\d+)(?:\\.(\\d+))?");
    private static final Pattern LIBCLANG_FILE = Pattern.compile("libclang(-\\d+)?\\.so(\\.\\d+)*");
    private static final Pattern LLVM_DIR = Pattern.compile("llvm-(\\d+)");
    /** Flags that decide how C is read (and not how code is generated), passed on to libclang. */
    private static final Pattern KEPT_FLAG = Pattern.compile("-(?:[DUI].*|std=.*|nostdinc|nostdlibinc|ffreestanding"
            + "|fno-builtin.*|f(?:no-)?(?:ms-extensions|short-wchar|short-enums|signed-char|unsigned-char"
            + "|gnu89-inline|declspec|gnu-keywords|strict-flex-arrays.*)|m(?:32|64|x32|abi=.*)|O.*)");
    private static final String QUIET_UNKNOWN = "-Wno-unknown-warning-option";
    private static final Set<String> KEPT_WITH_VALUE = Set.of("-include", "-imacros", "-isystem", "-iquote",
            "-idirafter", "-I", "-D", "-U");

    /**
     * A libclang that bindgen can load.
     *
     * @param dir            the directory for {@code LIBCLANG_PATH}
     * @param major          its LLVM major, 0 if unknown
     * @param builtinHeaders whether its own builtin headers ({@code stddef.h}, the intrinsics) are
     *                       installed beside it, in {@code DIR/clang/VERSION/include}
     */
    public record Libclang(Path dir, int major, boolean builtinHeaders) {
        /** A libclang whose builtin headers are looked for on disk. */
        public Libclang(Path dir, int major) {
            this(dir, major, hasBuiltinHeaders(dir));
        }

        @Override
        public String toString() {
            return major > 0 ? "libclang " + major + " (" + dir + ")" : "libclang in " + dir;
        }
    }

    /**
     * One bindgen run.
     *
     * @param bindgen     the tool
     * @param unity       the translation unit that includes every helper source
     * @param helperFiles the helper sources, whose declarations are allow-listed
     * @param output      where bindgen writes (the step's temporary output)
     * @param depFile     where bindgen writes the headers it read
     * @param clangTarget the target triple
     * @param clangArgs   flags for libclang ({@link #clangArgs})
     * @param options     the user's options for bindgen itself ({@code --opaque-type=xregs_state}), after the plugin's
     */
    public record Request(Path bindgen, Path unity, List<Path> helperFiles, Path output, Path depFile,
            String clangTarget, List<String> clangArgs, List<String> options) {
        public Request {
            helperFiles = List.copyOf(helperFiles);
            clangArgs = List.copyOf(clangArgs);
            options = List.copyOf(options);
        }

        /** A run with no options of the user's. */
        public Request(Path bindgen, Path unity, List<Path> helperFiles, Path output, Path depFile,
                String clangTarget, List<String> clangArgs) {
            this(bindgen, unity, helperFiles, output, depFile, clangTarget, clangArgs, List.of());
        }
    }

    private Bindgen() {
    }

    /** The bindgen release a {@code bindgen --version} line names ({@code bindgen 0.60.1}), as {major, minor}. */
    public static int[] version(String versionLine) {
        Matcher m = VERSION.matcher(versionLine);
        return m.find() ? new int[] {Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))} : new int[] {0, 0};
    }

    /** Whether this bindgen reads the types of libclang 16 and newer correctly (0.64 and newer do). */
    public static boolean readsElaboratedTypes(String versionLine) {
        int[] v = version(versionLine);
        return v[0] > 0 || v[1] >= 64;
    }

    /**
     * The libclangs to try, best first: {@code LIBCLANG_PATH} from the environment when set (the
     * user's choice), then Debian's {@code /usr/lib/llvm-N/lib} trees. For a bindgen that reads
     * elaborated types, the one of clang's own LLVM comes first (it parses exactly what clang
     * compiles), then the newest; for an older bindgen only libclang 15 and older, newest first
     * (Debian's bindgen 0.60 with libclang 22 makes Python's {@code PyObject} opaque without a
     * word, and panics on liburing's anonymous unions).
     */
    public static List<Libclang> candidates(String bindgenVersion, int clangMajor, Path llvmRoot, String envPath) {
        List<Libclang> found = new ArrayList<>();
        boolean modern = readsElaboratedTypes(bindgenVersion);
        if (envPath != null && !envPath.isBlank()) {
            Path dir = Path.of(envPath.strip());
            Libclang env = new Libclang(dir, majorOf(dir));
            // not even the user's choice: an old bindgen reads a new libclang wrongly without failing
            if (modern || env.major() == 0 || env.major() <= 15) {
                found.add(env);
            }
        }
        List<Libclang> trees = new ArrayList<>();
        try (Stream<Path> dirs = Files.list(llvmRoot)) {
            dirs.filter(d -> LLVM_DIR.matcher(d.getFileName().toString()).matches())
                    .map(d -> d.resolve("lib"))
                    .filter(Bindgen::hasLibclang)
                    .forEach(d -> trees.add(new Libclang(d, majorOf(d))));
        } catch (IOException | RuntimeException e) {
            // no LLVM trees here: only LIBCLANG_PATH or bindgen's own search remain
        }
        trees.sort(Comparator.comparingInt((Libclang l) -> modern && l.major() == clangMajor ? 0 : 1)
                .thenComparing(Comparator.comparingInt(Libclang::major).reversed()));
        for (Libclang l : trees) {
            if ((modern || l.major() <= 15) && found.stream().noneMatch(f -> f.dir().equals(l.dir()))) {
                found.add(l);
            }
        }
        return found;
    }

    /** The libclangs present that an old bindgen cannot use, for the error that says so. */
    public static List<Libclang> unusable(String bindgenVersion, Path llvmRoot) {
        if (readsElaboratedTypes(bindgenVersion)) {
            return List.of();
        }
        List<Libclang> out = new ArrayList<>();
        try (Stream<Path> dirs = Files.list(llvmRoot)) {
            dirs.filter(d -> LLVM_DIR.matcher(d.getFileName().toString()).matches()).map(d -> d.resolve("lib"))
                    .filter(Bindgen::hasLibclang).map(d -> new Libclang(d, majorOf(d)))
                    .filter(l -> l.major() > 15).sorted(Comparator.comparing(Libclang::dir)).forEach(out::add);
        } catch (IOException | RuntimeException e) {
            // none
        }
        return out;
    }

    /** Whether {@code DIR/clang/VERSION/include/stddef.h} exists: where a libclang finds its builtin headers. */
    static boolean hasBuiltinHeaders(Path libDir) {
        try (Stream<Path> versions = Files.list(libDir.resolve("clang"))) {
            return versions.anyMatch(v -> Files.isRegularFile(v.resolve("include").resolve("stddef.h")));
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private static boolean hasLibclang(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.anyMatch(f -> LIBCLANG_FILE.matcher(f.getFileName().toString()).matches());
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private static int majorOf(Path libDir) {
        for (Path p = libDir; p != null; p = p.getParent()) {
            Matcher m = LLVM_DIR.matcher(p.getFileName() == null ? "" : p.getFileName().toString());
            if (m.matches()) {
                return Integer.parseInt(m.group(1));
            }
        }
        return 0;
    }

    /**
     * The flags of {@code cflags} that libclang needs to read the headers as clang does: includes,
     * defines, the language standard, the few {@code -f}/{@code -m} flags that change types or
     * parsing, and the warnings turned off. Code-generation flags are left out: an older libclang
     * may not know them.
     */
    public static List<String> clangArgs(List<String> cflags) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < cflags.size(); i++) {
            String f = cflags.get(i);
            if (KEPT_WITH_VALUE.contains(f) && i + 1 < cflags.size()) {
                out.add(f);
                out.add(cflags.get(++i));
            } else if (KEPT_FLAG.matcher(f).matches() || f.startsWith("-include") || f.startsWith("-isystem")
                    || f.startsWith("-iquote") || f.startsWith("-idirafter") || f.startsWith("-imacros")) {
                out.add(f);
            } else if (f.startsWith("-Wno-")) {
                // a warning the compile turns off (Kbuild's -Wno-address-of-packed-member) stays off
                // in libclang, which may be older: it must not warn of the ones it does not know
                if (!out.contains(QUIET_UNKNOWN)) {
                    out.add(0, QUIET_UNKNOWN);
                }
                out.add(f);
            }
        }
        return out;
    }

    /**
     * The command for one run with one libclang. bindgen otherwise asks the {@code clang} on
     * {@code PATH} for its include folders and puts them first, that clang's builtin headers among
     * them; an older libclang cannot read a newer clang's intrinsics headers and crashes on them
     * (libclang 14 on clang 22's {@code emmintrin.h}, which DPDK's headers include). A libclang
     * with builtin headers of its own is therefore left to find its folders itself.
     */
    public static Command command(Request r, Libclang libclang) {
        List<String> argv = new ArrayList<>(List.of(r.bindgen().toString(), r.unity().toString(), "-o",
                r.output().toString(), "--depfile", r.depFile().toString(), "--use-core", "--ctypes-prefix",
                "core::ffi", "--no-layout-tests", "--no-rustfmt-bindings"));
        if (libclang.builtinHeaders()) {
            argv.add("--no-include-path-detection");
        }
        for (Path helper : r.helperFiles()) {
            argv.add("--allowlist-file");
            argv.add(regexQuote(helper.toString()));
        }
        argv.addAll(r.options());
        argv.add("--");
        argv.add("--target=" + r.clangTarget());
        argv.add("-D__BINDGEN__");
        argv.addAll(r.clangArgs());
        return Command.of("BINDGEN " + OUTPUT, argv).withEnv("LIBCLANG_PATH", libclang.dir().toString());
    }

    /**
     * The structs of the generated bindings that rustc refused for carrying both {@code packed} and
     * {@code align} (E0587): bindgen 0.60's layout of a C type that is {@code packed} and
     * {@code aligned} at once (the kernel's {@code xregs_state}), which {@code --opaque-type} avoids.
     */
    public static List<String> packedAndAligned(String rustcOutput) {
        List<String> names = new ArrayList<>();
        Matcher m = PACKED_ALIGNED.matcher(rustcOutput);
        while (m.find()) {
            if (!names.contains(m.group(1))) {
                names.add(m.group(1));
            }
        }
        return names;
    }

    /** Escapes a path for bindgen's (Rust) regular expressions, which reject escapes of plain characters. */
    static String regexQuote(String s) {
        StringBuilder sb = new StringBuilder();
        for (char c : s.toCharArray()) {
            if ("\\.+*?()|[]{}^$#&-~".indexOf(c) >= 0) {
                sb.append('\\');
            }
            sb.append(c);
        }
        return sb.toString();
    }

    /**
     * Why a run with this libclang failed, in one line: bindgen's panic message, or clang's first
     * error; for a libclang that crashed without builtin headers of its own, what to install.
     */
    public static String reason(ProcessResult result, Libclang libclang) {
        String why = reason(result);
        if (result.stderr().contains("crash detected during parsing") && !libclang.builtinHeaders()) {
            String pkg = libclang.major() > 0 ? "libclang-common-" + libclang.major() + "-dev" : "its clang's headers";
            why += " (it has no builtin headers of its own, so bindgen gave it those of the clang on PATH, which an"
                    + " older libclang may not read; Debian: apt-get install " + pkg + ")";
        }
        return why;
    }

    /** Why a run failed, in one line: bindgen's panic message, or clang's first error. */
    public static String reason(ProcessResult result) {
        String text = result.stderr() + "\n" + result.stdout();
        if (text.contains("libclang: crash detected during parsing")) {
            return "libclang crashed while parsing the helpers";
        }
        // bindgen 0.60 "panics" on a C error too: Unable to generate bindings: ClangDiagnostic("x.c:4:12: error: ...\n")
        Matcher diag = Pattern.compile("ClangDiagnostic\\(\"(.*?)(?:\\\\n)?\"\\)").matcher(text);
        if (diag.find()) {
            return "libclang: " + diag.group(1).replace("\\\"", "\"");
        }
        // the message may span lines (bindgen's "libclang error; possible causes include:\n- ...")
        Matcher panic = Pattern.compile("panicked at '(.*?)', \\S+:\\d+:\\d+", Pattern.DOTALL).matcher(text);
        if (panic.find()) {
            return "bindgen panicked: " + panic.group(1).strip().replaceAll("\\s*\n\\s*", " ");
        }
        Matcher panic2 = Pattern.compile("(?m)panicked at [^\\n]*:\\n(.*)$").matcher(text);
        if (panic2.find()) {
            return "bindgen panicked: " + panic2.group(1).strip();
        }
        Optional<String> error = text.lines().filter(l -> l.contains("error:")).findFirst();
        return error.map(String::strip).orElse("exit code " + result.exitCode() + (text.isBlank() ? ", no output"
                : ": " + text.strip().lines().findFirst().orElse("")));
    }
}
