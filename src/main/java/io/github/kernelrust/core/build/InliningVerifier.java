package io.github.kernelrust.core.build;

import io.github.kernelrust.core.BuildLog;
import io.github.kernelrust.core.KernelRustException;
import io.github.kernelrust.core.inlining.AbiCheck;
import io.github.kernelrust.core.inlining.CallAdapter;
import io.github.kernelrust.core.inlining.HelperDefinitions;
import io.github.kernelrust.core.inlining.HelperReferences;
import io.github.kernelrust.core.inlining.InlineRemarks;
import io.github.kernelrust.core.inlining.IrModule;
import io.github.kernelrust.core.inlining.InliningReport;
import io.github.kernelrust.core.inlining.LinkNeeds;
import io.github.kernelrust.core.inlining.Reoptimization;
import io.github.kernelrust.core.process.AtomicFiles;
import io.github.kernelrust.core.process.Command;
import io.github.kernelrust.core.process.ProcessResult;
import io.github.kernelrust.core.process.ProcessRunner;
import io.github.kernelrust.core.toolchain.Detection;
import io.github.kernelrust.core.toolchain.LlvmTools;
import io.github.kernelrust.core.toolchain.LlvmVersion;
import io.github.kernelrust.core.toolchain.Mode;
import io.github.kernelrust.core.toolchain.RustcLibraries;
import io.github.kernelrust.core.toolchain.SearchPath;
import io.github.kernelrust.core.toolchain.Tool;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code verify-inlining} step: proves, helper by helper, whether a call is left in the final
 * objects. It reads the helpers' IR (which functions the helper sources define, whatever their
 * names, and which carry always-inline), each crate's own IR (which of them it calls) and each
 * final object ({@code objdump -dr}: which calls are left, and from which function). Where LLVM
 * left a call, its own reason is asked for (a missed-inline remark). It writes
 * {@code inlining-report.json} and {@code .md}, and logs a one-line summary. Without any LLVM IR
 * (helpers built by cc) it falls back to the objects' symbol tables.
 */
final class InliningVerifier {
    public static final String JSON = "inlining-report.json";
    public static final String MARKDOWN = "inlining-report.md";
    private static final Pattern UNDEFINED_NM = Pattern.compile("(?m)^\\s*U ([A-Za-z_$.][A-Za-z0-9_$.]*)\\s*$");
    private static final Pattern DEFINED_NM = Pattern.compile("(?m)^\\S*\\s*[TW] ([A-Za-z_$.][A-Za-z0-9_$.]*)\\s*$");

    private final ProcessRunner runner;
    private final LlvmTools llvmTools;
    private final SearchPath searchPath;
    private final BuildLog log;
    private final Pipeline pipeline;

    InliningVerifier(ProcessRunner runner, SearchPath searchPath, BuildLog log, Pipeline pipeline) {
        this.runner = runner;
        this.searchPath = searchPath;
        this.llvmTools = new LlvmTools(searchPath);
        this.log = log;
        this.pipeline = pipeline;
    }

    /** Analyses, writes the reports, logs; fails per {@code failOnNotInlined}. */
    public InliningReport run(BuildSettings s, Detection d, boolean failOnNotInlined) {
        InliningReport report = analyse(s, d);
        AtomicFiles.write(s.outputDirectory().resolve(JSON), report.toJson());
        AtomicFiles.write(s.outputDirectory().resolve(MARKDOWN), report.toMarkdown());
        for (InliningReport.Entry e : report.with(InliningReport.Status.NOT_ANNOTATED)) {
            log.warn(e.name() + " is not annotated with __rust_helper, so it was not inlined ("
                    + InliningReport.describeCalls(e) + ")" + llvmSays(e) + ". Add __rust_helper to its definition.");
        }
        for (InliningReport.Entry e : report.with(InliningReport.Status.UNDEFINED)) {
            log.warn(e.name() + " is called but no helper source defines it (" + InliningReport.describeCalls(e)
                    + "): the final link will need it from elsewhere.");
        }
        List<InliningReport.Entry> failed = report.with(InliningReport.Status.NOT_INLINED);
        if (d.mode() == Mode.INLINE && !failed.isEmpty()) {
            String list = failed.stream().map(e -> InliningReport.describeCalls(e) + " in "
                    + e.remaining().stream().map(InliningReport.Remaining::object).distinct().toList() + llvmSays(e))
                    .toList().toString();
            String msg = failed.size() + " helper(s) carry __rust_helper but a call to them is left: " + list
                    + ". " + unlinkedHint(s, d, failed) + callTypeAdvice(s, failed)
                    + "See " + s.outputDirectory().resolve(MARKDOWN) + ".";
            if (failOnNotInlined) {
                log.info("Inlining: " + report.summary());
                throw new KernelRustException(msg + " Set kernelRust.failOnNotInlined=false to build anyway.");
            }
            log.warn(msg);
        }
        for (InliningReport.CalleeLeft c : report.calleesLeft()) {
            log.warn(calleeLeft(c));
        }
        report.linkNeeds().byObject().forEach((object, symbols) -> {
            if (!symbols.isEmpty()) {
                log.info("Link: " + object + " still needs " + String.join(", ", symbols)
                        + (report.linkNeeds().linkFlags().isEmpty() ? "" : " (pkg-config --libs: "
                                + String.join(" ", report.linkNeeds().linkFlags()) + ")"));
            }
        });
        log.info("Inlining: " + report.summary());
        return report;
    }

    /** The warning for a C function of the helpers that Rust code still calls. */
    static String calleeLeft(InliningReport.CalleeLeft c) {
        String where = InliningReport.where(c.from());
        String why = c.reasons().isEmpty() ? "" : " LLVM says: " + String.join("; ", c.reasons()) + ".";
        String hint = c.reasons().stream().anyMatch(r -> r.contains("conflicting attributes"))
                ? " Its attributes come from the helpers' C flags (-fno-delete-null-pointer-checks gives it"
                        + " null_pointer_is_valid, -fno-builtin-NAME no-builtin-NAME, -march= its target features), which"
                        + " the Rust function lacks; only __rust_helper's always_inline inlines across that."
                : "";
        return c.name() + ", a C function that inlined helpers call, is still called from Rust code: " + where + "."
                + why + " The helpers are inlined, this function is not, where C code built with the same flags could"
                + " inline it." + hint;
    }

    /** What to do about calls left for their IR type, when some are; with finish=kernel, that another finish bridges them. */
    private static String callTypeAdvice(BuildSettings s, List<InliningReport.Entry> failed) {
        if (failed.stream().allMatch(e -> e.callType().isEmpty())) {
            return "";
        }
        return AbiCheck.CALL_TYPE_ADVICE + " " + (s.effectiveFinish() != FinishStep.KERNEL ? ""
                : "Or build with a finish other than kernel (the default, focused), which links call adapters that"
                        + " bridge the types. ");
    }

    /** "; LLVM: not inlined into use_fib: ... recursive call", or nothing when LLVM gave no remark. */
    private static String llvmSays(InliningReport.Entry e) {
        return (e.reasons().isEmpty() ? "" : "; LLVM says: " + String.join("; ", e.reasons()))
                + (e.callType().isEmpty() ? "" : "; " + e.callType());
    }

    /** Names the crates whose calls are left because they do not link the helpers at all. */
    private static String unlinkedHint(BuildSettings s, Detection d, List<InliningReport.Entry> failed) {
        List<String> unlinked = new ArrayList<>();
        for (CrateSpec c : s.crates()) {
            String object = CrateCompiler.object(s, c).getFileName().toString();
            boolean hasCalls = failed.stream().flatMap(e -> e.remaining().stream()).anyMatch(r -> r.object().equals(object));
            if (hasCalls && !CrateCompiler.linksHelpers(s, c, d.mode())) {
                unlinked.add(c.name());
            }
        }
        return unlinked.isEmpty() ? "" : "Crate(s) " + unlinked + " call helpers but do not link them"
                + " (linkHelpers=false), and inline mode builds no helper object: set linkHelpers=true on them. ";
    }

    InliningReport analyse(BuildSettings s, Detection d) {
        Mode mode = d.mode();
        boolean ir = Boundary.checkable(d) && !pipeline.helperSources().isEmpty();
        Map<String, Boolean> defined = new TreeMap<>();
        Map<String, List<String>> calledBy = new TreeMap<>();
        Map<String, List<InliningReport.Remaining>> remaining = new LinkedHashMap<>();
        List<String> objects = new ArrayList<>();
        if (pipeline.helperSources().isEmpty()) {
            log.debug("  no helper sources");
        }
        for (HelperVariant v : s.helperVariants()) {
            if (ir) {
                HelperDefinitions.of(pipeline.helperModule(v)).forEach((name, always) -> defined.merge(name, always,
                        (a, b) -> a || b));
            } else {
                Path helperOut = HelperCompiler.output(s, mode, v);
                if (Files.isRegularFile(helperOut)) {
                    Matcher m = DEFINED_NM.matcher(nm(d, helperOut));
                    while (m.find()) {
                        defined.put(m.group(1), null);
                    }
                }
            }
        }
        // a bridged helper's C definition is NAME.abi (CallAdapter): a call left to it is a call to the helper
        Predicate<String> isHelper = name -> defined.containsKey(unbridged(name)) || name.startsWith("rust_helper_");
        // the C functions the helpers call that an inliner may inline, and every C function beside them
        Set<String> callees = new TreeSet<>();
        Set<String> cFunctions = new TreeSet<>();
        if (ir && mode == Mode.INLINE) {
            for (HelperVariant v : s.helperVariants()) {
                IrModule helpers = pipeline.helperModule(v);
                Reoptimization.helperCallees(helpers).stream().filter(n -> !isHelper.test(n)).forEach(callees::add);
                cFunctions.addAll(helpers.functions().keySet());
            }
        }
        Map<String, List<InliningReport.Remaining>> calleeCalls = new TreeMap<>();
        int declarations = 0;
        for (CrateSpec c : CrateGraph.buildOrder(s.crates())) {
            Path object = CrateCompiler.object(s, c);
            requireFile(object);
            // what the crate's own code calls, before llvm-link could inline anything
            List<String> calls = new ArrayList<>();
            if (ir) {
                for (IrModule.Function f : pipeline.crateModule(c).functions().values()) {
                    if (!f.defined() && isHelper.test(f.name())) {
                        calls.add(f.name());
                    }
                }
            } else {
                Matcher m = UNDEFINED_NM.matcher(nm(d, object));
                while (m.find()) {
                    if (isHelper.test(m.group(1))) {
                        calls.add(m.group(1));
                    }
                }
            }
            for (String name : calls) {
                calledBy.computeIfAbsent(name, k -> new ArrayList<>()).add(c.name());
                declarations += defined.containsKey(name) ? 1 : 0;
            }
            // every crate object: one that does not link the helpers keeps its calls in inline mode,
            // and nothing would satisfy them, so they must show
            objects.add(object.getFileName().toString());
            String dump = objdump(d, object);
            for (HelperReferences.Reference r : HelperReferences.parse(dump, isHelper)) {
                remaining.computeIfAbsent(unbridged(r.helper()), k -> new ArrayList<>())
                        .add(new InliningReport.Remaining(object.getFileName().toString(), r.function()));
            }
            if (!callees.isEmpty()) {
                // from Rust code only: a C function calling another stays as C compiled it
                HelperReferences.parse(dump, callees::contains).stream().filter(r -> !cFunctions.contains(r.function()))
                        .forEach(r -> calleeCalls.computeIfAbsent(r.helper(), k -> new ArrayList<>())
                                .add(new InliningReport.Remaining(object.getFileName().toString(), r.function())));
            }
        }
        InliningReport report = InliningReport.of(mode, s.target().name(), objects, defined, calledBy, remaining)
                .withChecks(ir && !s.crates().isEmpty() ? declarations : -1, warnings(s))
                .withLinkNeeds(linkNeeds(s, d))
                .withCalleesLeft(calleeCalls.entrySet().stream().map(e -> new InliningReport.CalleeLeft(e.getKey(),
                        e.getValue().stream().distinct().toList(), List.of())).toList());
        return mode == Mode.INLINE ? report.withReasons(reasons(s, d, report)).withCallTypes(callTypes(s, report))
                : report;
    }

    /** The helper a symbol of the final object stands for: {@code NAME} for a bridged helper's {@code NAME.abi}. */
    private static String unbridged(String symbol) {
        return symbol.endsWith(CallAdapter.RENAMED)
                ? symbol.substring(0, symbol.length() - CallAdapter.RENAMED.length()) : symbol;
    }

    /**
     * For each helper left called from a crate that links the helpers: how the crate's call differs in
     * IR type from the definition, where it does and no call adapter bridged it. LLVM gives no remark
     * for such a call.
     */
    private Map<String, String> callTypes(BuildSettings s, InliningReport report) {
        Map<String, String> out = new TreeMap<>();
        for (CrateSpec c : CrateGraph.buildOrder(s.crates())) {
            String object = CrateCompiler.object(s, c).getFileName().toString();
            if (!CrateCompiler.linksHelpers(s, c, Mode.INLINE)) {
                continue;
            }
            List<InliningReport.Entry> left = report.with(InliningReport.Status.NOT_INLINED).stream()
                    .filter(e -> !out.containsKey(e.name()) && e.remaining().stream().anyMatch(r -> r.object().equals(object)))
                    .toList();
            if (left.isEmpty()) {
                continue;
            }
            IrModule crate = pipeline.crateModule(c);
            IrModule helpers = pipeline.helperModule(s.variant(c.helpers()));
            Set<String> bridged = pipeline.adapters(s.effectiveFinish(), c).keySet();
            for (InliningReport.Entry e : left) {
                Optional<IrModule.Function> decl = crate.function(e.name()).filter(f -> !f.defined());
                Optional<IrModule.Function> def = helpers.function(e.name()).filter(IrModule.Function::defined);
                if (decl.isPresent() && def.isPresent() && !bridged.contains(e.name())) {
                    AbiCheck.callTypeDifference(decl.get().signature(), def.get().signature())
                            .ifPresent(why -> out.put(e.name(), why));
                }
            }
        }
        return out;
    }

    /**
     * What a final link of each final object (the crates', and out of line the helpers') still
     * needs: its undefined symbols less what the build defines (those objects, {@code core} built
     * from source) and, apart, what rustc's prebuilt {@code core} defines; and pkg-config's link flags.
     */
    private LinkNeeds linkNeeds(BuildSettings s, Detection d) {
        Map<String, String> finals = new LinkedHashMap<>();
        for (CrateSpec c : CrateGraph.buildOrder(s.crates())) {
            Path object = CrateCompiler.object(s, c);
            finals.put(object.getFileName().toString(), nm(d, object));
        }
        List<String> others = new ArrayList<>();
        if (d.mode() == Mode.OUT_OF_LINE) {
            // out of line a helper object is linked too, and needs what its bodies call (_raw_spin_lock)
            for (HelperVariant v : s.helperVariants()) {
                Path helpers = HelperCompiler.output(s, Mode.OUT_OF_LINE, v);
                if (Files.isRegularFile(helpers)) {
                    finals.put(helpers.getFileName().toString(), nm(d, helpers));
                }
            }
        }
        Set<String> rust = new TreeSet<>();
        List<String> libraries = new ArrayList<>();
        CoreLibrary.Built core = s.crates().isEmpty() ? null : pipeline.core();
        if (core != null) {
            others.add(nm(d, core.coreObject()));
            others.add(nm(d, core.builtinsObject()));
        } else if (!s.crates().isEmpty()) {
            for (Path lib : new RustcLibraries(runner).prebuiltCore(d.toolchain().rustc(), s.target())) {
                // an rlib holds its metadata besides the objects: nm may complain of it, and still lists the rest
                rust.addAll(LinkNeeds.defined(runner.ask(Command.of("NM", List.of(d.toolchain().nm().path().toString(),
                        lib.toString()))).stdout()));
                libraries.add(lib.toString());
            }
        }
        return LinkNeeds.of(finals, others, rust, libraries, pipeline.pkgConfig().libs());
    }

    /**
     * LLVM's own reasons for the calls it left: the merged module of each crate with such calls,
     * optimized again as the kernel's finish does, with missed-inline remarks on.
     */
    private Map<String, List<String>> reasons(BuildSettings s, Detection d, InliningReport report) {
        List<InliningReport.Remaining> left = new ArrayList<>();
        report.with(InliningReport.Status.NOT_INLINED).forEach(e -> left.addAll(e.remaining()));
        report.with(InliningReport.Status.NOT_ANNOTATED).forEach(e -> left.addAll(e.remaining()));
        report.calleesLeft().forEach(c -> left.addAll(c.from()));
        Map<String, List<String>> out = new TreeMap<>();
        for (CrateSpec c : CrateGraph.buildOrder(s.crates())) {
            String object = CrateCompiler.object(s, c).getFileName().toString();
            boolean hasCalls = left.stream().anyMatch(r -> r.object().equals(object));
            Path merged = BitcodeLinker.merged(s, c);
            if (!hasCalls || !Files.isRegularFile(merged)) {
                continue;
            }
            Command cmd = BitcodeLinker.remarks(s, d, c);
            log.debug("  " + cmd.display());
            // kept with the other tool answers: a build with nothing changed asks clang nothing
            ProcessResult r = runner.ask(cmd);
            InlineRemarks.parse(r.printed()).forEach((helper, why) -> out.computeIfAbsent(unbridged(helper),
                    k -> new ArrayList<>()).addAll(why));
        }
        return out;
    }

    /** The warnings the steps of this target kept, once each. */
    private static List<String> warnings(BuildSettings s) {
        List<String> all = new ArrayList<>();
        try (var files = Files.list(s.outputDirectory())) {
            files.filter(f -> f.getFileName().toString().endsWith(".warnings")).sorted().forEach(f ->
                    StepRunner.readWarnings(f).stream().filter(w -> !all.contains(w)).forEach(all::add));
        } catch (java.io.IOException e) {
            // no output directory yet: no warnings
        }
        return all;
    }

    private String objdump(Detection d, Path object) {
        Path tool = llvmTools.find("llvm-objdump", d.toolchain()).or(() -> searchPath.find("objdump"))
                .orElseThrow(() -> missing("llvm-objdump", d));
        return checked("Disassembling " + object.getFileName(), Command.of("OBJDUMP",
                List.of(tool.toString(), "-dr", "-C", "--no-show-raw-insn", object.toString())));
    }

    private String nm(Detection d, Path object) {
        Tool nm = d.toolchain().nm();
        if (nm == null) {
            throw missing("llvm-nm", d);
        }
        return checked("Listing the symbols of " + object.getFileName(),
                Command.of("NM", List.of(nm.path().toString(), object.toString())));
    }

    private String checked(String what, Command cmd) {
        log.debug("  " + cmd.display());
        return runner.query(what, cmd).stdout();
    }

    private static void requireFile(Path p) {
        if (!Files.isRegularFile(p)) {
            throw new KernelRustException("Cannot verify inlining: " + p + " does not exist. Run the compile goals"
                    + " first (mvn verify, or kernel-rust:inline-helpers).");
        }
    }

    private static KernelRustException missing(String tool, Detection d) {
        int major = d.toolchain().rustc().llvmVersion().map(LlvmVersion::major).orElse(22);
        return new KernelRustException("verify-inlining needs " + tool + " and found none beside llvm-link or on"
                + " PATH. Install llvm-" + major + " (apt-get install llvm-" + major + ").");
    }
}
