package io.github.kernelrust.core.toolchain;

import io.github.kernelrust.core.BuildLog;
import io.github.kernelrust.core.process.ProcessRunner;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The {@code detect-toolchain} step: find the tools, decide the mode, log one line per tool and
 * one with the decision, and write {@code toolchain.properties}. Later goals {@link #resolve}
 * the same answer from that file instead of probing every tool again.
 */
public final class ToolchainDetector {
    private final SearchPath searchPath;
    private final ProcessRunner runner;
    private final BuildLog log;

    public ToolchainDetector(SearchPath searchPath, ProcessRunner runner, BuildLog log) {
        this.searchPath = searchPath;
        this.runner = runner;
        this.log = log;
    }

    /** Detects, logs and records, choosing a rustc that can build for {@code target} (null: any). */
    public Detection detect(ToolRequest request, InlineHelpers setting, Path outputDirectory, Target target,
            CoreFromSource core) {
        RustcLibraries lib = new RustcLibraries(runner);
        // only a target that needs core built (or a prebuilt one for it) looks past the first rustc on PATH
        boolean choosy = target != null
                && (target.bareMetal() || target.specFile().isPresent() || core == CoreFromSource.TRUE);
        Toolchain tc = new ToolDiscovery(searchPath, new ToolProbe(runner), log).discover(request,
                rustc -> choosy ? lib.unfit(rustc, target, core) : Optional.empty());
        for (Tool tool : tc.present()) {
            log.info(String.format("%-9s %s (%s)", tool.kind().command().replace("llvm-nm", "nm"), tool.path(),
                    tool.llvm() == null ? tool.versionLine() : "LLVM " + tool.llvm()));
        }
        ModeDecision decision = ModeDecision.decide(tc, setting);
        Detection detection = new Detection(tc, decision);
        if (decision.mode() == Mode.INLINE) {
            log.info("Mode: inline (rustc, clang and llvm-link share LLVM " + tc.rustc().llvm().major()
                    + "; RUSTC_LLVM_VERSION=" + tc.rustc().llvm().encoded() + ")");
        } else if (setting == InlineHelpers.FALSE) {
            log.info("Mode: out-of-line (inlineHelpers=false), helpers compiled by " + decision.cCompiler().describe());
        } else {
            log.warn(decision.fallbackWarning(tc));
            log.info("Mode: out-of-line, helpers compiled by " + decision.cCompiler().describe());
        }
        ToolchainProperties.write(outputDirectory.resolve(ToolchainProperties.FILE_NAME),
                ToolchainProperties.toMap(tc, decision, requestKey(request, setting, target, core)));
        return detection;
    }

    /** The recorded detection for the same request, or a fresh one. */
    public Detection resolve(ToolRequest request, InlineHelpers setting, Path outputDirectory, Target target,
            CoreFromSource core) {
        return ToolchainProperties.read(outputDirectory.resolve(ToolchainProperties.FILE_NAME),
                requestKey(request, setting, target, core))
                .orElseGet(() -> detect(request, setting, outputDirectory, target, core));
    }

    /** What the detection depends on besides the tools themselves: the request, the target and PATH. */
    String requestKey(ToolRequest request, InlineHelpers setting, Target target, CoreFromSource core) {
        Map<String, String> key = new TreeMap<>();
        key.put("llvm", String.valueOf(request.llvm()));
        request.explicit().forEach((k, v) -> key.put(k.parameter(), v));
        key.put("inlineHelpers", setting.toString());
        key.put("target", String.valueOf(target));
        key.put("coreFromSource", String.valueOf(core));
        key.put("path", searchPath.directories().toString());
        key.put("llvmRoot", searchPath.llvmRoot().toString());
        return Integer.toHexString(key.toString().hashCode());
    }
}
