package io.github.kernelrust.core.toolchain;

import io.github.kernelrust.core.BuildLog;
import io.github.kernelrust.core.KernelRustException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Finds rustc, clang, llvm-link, nm and cc. Explicit paths win; then the kernel's {@code LLVM=}
 * convention; unset, it looks for LLVM tools whose major equals rustc's: the unversioned name on
 * PATH, then {@code NAME-MAJOR} on PATH, then {@code /usr/lib/llvm-MAJOR/bin/NAME}. Every
 * candidate's own version is checked, because an unversioned {@code llvm-link} is often an older
 * LLVM than clang (Debian 12 ships LLVM 14's as {@code /usr/bin/llvm-link}).
 */
class ToolDiscovery {

    private final SearchPath searchPath;
    private final ToolProbe probe;
    private final BuildLog log;

    public ToolDiscovery(SearchPath searchPath, ToolProbe probe, BuildLog log) {
        this.searchPath = searchPath;
        this.probe = probe;
        this.log = log;
    }

    public Toolchain discover(ToolRequest request) {
        return discover(request, rustc -> Optional.empty());
    }

    /**
     * As {@link #discover(ToolRequest)}, taking the first rustc on PATH that {@code rustcFits}
     * accepts (it returns why not, or empty). Two rustc on one machine are common: rustup's, first on
     * PATH, often lacks the library sources a bare-metal target needs, Debian's has them.
     */
    public Toolchain discover(ToolRequest request, Function<Tool, Optional<String>> rustcFits) {
        Tool rustc = findRustc(request, rustcFits);
        int major = rustc.llvmVersion().map(LlvmVersion::major).orElse(-1);
        Tool clang = findLlvmTool(ToolKind.CLANG, request, major);
        Tool llvmLink = findLlvmTool(ToolKind.LLVM_LINK, request, major);
        Tool nm = findLlvmTool(ToolKind.NM, request, major);
        if (nm == null && !request.explicit().containsKey(ToolKind.NM)) {
            nm = searchPath.find("nm").map(p -> probe.probe(ToolKind.NM, p)).orElse(null);
        }
        Tool cc = findCc(request);
        return new Toolchain(rustc, clang, llvmLink, nm, cc, findBindgen(request));
    }

    private Tool findRustc(ToolRequest request, Function<Tool, Optional<String>> rustcFits) {
        String explicit = request.explicit().get(ToolKind.RUSTC);
        if (explicit != null) {
            return probe.probe(ToolKind.RUSTC, resolveExplicit(ToolKind.RUSTC, explicit));
        }
        List<Path> candidates = searchPath.findAll("rustc");
        if (candidates.isEmpty()) {
            throw new KernelRustException("No rustc found on PATH. Install Debian's rustc-web and rust-web-src"
                    + " (apt-get install rustc-web rust-web-src), or rustup, or set kernelRust.rustc to the"
                    + " compiler's path.");
        }
        Tool first = null;
        KernelRustException broken = null;
        for (Path candidate : candidates) {
            Tool rustc;
            try {
                rustc = probe.probe(ToolKind.RUSTC, candidate);
            } catch (KernelRustException e) {
                log.debug("  candidate " + candidate + ": " + e.getMessage());
                broken = broken == null ? e : broken;
                continue;
            }
            Optional<String> why = rustcFits.apply(rustc);
            if (why.isEmpty()) {
                return rustc;
            }
            log.debug("  candidate " + rustc.describe() + ": " + why.get());
            first = first == null ? rustc : first;
        }
        if (first == null) {
            throw broken; // every rustc on PATH is broken: say so
        }
        // none fits: the first one, and the build will say what it lacks
        return first;
    }

    private Tool findCc(ToolRequest request) {
        String explicit = request.explicit().get(ToolKind.CC);
        if (explicit != null) {
            return probe.probe(ToolKind.CC, resolveExplicit(ToolKind.CC, explicit));
        }
        Optional<Path> path = searchPath.find("cc").or(() -> searchPath.find("gcc"));
        return path.map(p -> probe.probe(ToolKind.CC, p)).orElse(null);
    }

    /** bindgen, which only the bindings need: explicit, or the first on PATH; a broken one is reported and skipped. */
    private Tool findBindgen(ToolRequest request) {
        String explicit = request.explicit().get(ToolKind.BINDGEN);
        if (explicit != null) {
            return probe.probe(ToolKind.BINDGEN, resolveExplicit(ToolKind.BINDGEN, explicit));
        }
        Optional<Path> path = searchPath.find("bindgen");
        if (path.isEmpty()) {
            return null;
        }
        try {
            return probe.probe(ToolKind.BINDGEN, path.get());
        } catch (KernelRustException e) {
            log.warn(e.getMessage() + " Treating bindgen as missing: no bindings are generated.");
            return null;
        }
    }

    /** Null when no candidate exists; a candidate of another LLVM major when none matches. */
    private Tool findLlvmTool(ToolKind kind, ToolRequest request, int rustcMajor) {
        String explicit = request.explicit().get(kind);
        if (explicit != null) {
            return probe.probe(kind, resolveExplicit(kind, explicit));
        }
        List<Path> candidates = candidates(kind, request.llvm(), rustcMajor);
        Tool fallback = null;
        KernelRustException broken = null;
        for (Path candidate : candidates) {
            Tool tool;
            try {
                tool = probe.probe(kind, candidate);
            } catch (KernelRustException e) {
                // a broken candidate is skipped when a later one works; reported when none does
                log.debug("  candidate " + candidate + ": " + e.getMessage());
                broken = broken == null ? e : broken;
                continue;
            }
            boolean matches = tool.llvm() != null && tool.llvm().major() == rustcMajor;
            log.debug("  candidate " + tool.describe() + (matches ? ": matches rustc" : ": not rustc's LLVM major"));
            if (matches || request.llvm() != null) {
                return tool;
            }
            if (fallback == null) {
                fallback = tool;
            }
        }
        if (fallback == null && request.llvm() == null) {
            // nothing of rustc's major: name the newest other one, so the fallback warning can
            // say what is there, and out-of-line mode can still compile with it
            for (Path p : searchPath.findVersioned(kind.command())) {
                try {
                    fallback = probe.probe(kind, p);
                    break;
                } catch (KernelRustException e) {
                    broken = broken == null ? e : broken;
                }
            }
        }
        if (fallback == null && broken != null) {
            // a broken tool is no more usable than a missing one (out-of-line mode can still use
            // cc), but the user must hear that it is broken, not absent
            log.warn(broken.getMessage() + " Treating " + kind.command() + " as missing.");
        }
        return fallback;
    }

    private List<Path> candidates(ToolKind kind, String llvm, int rustcMajor) {
        String name = kind.command();
        Set<Path> found = new LinkedHashSet<>();
        if (llvm == null) {
            searchPath.find(name).ifPresent(found::add);
            if (rustcMajor >= 0) {
                searchPath.find(name + "-" + rustcMajor).ifPresent(found::add);
                Path tree = searchPath.llvmTree(rustcMajor, name);
                if (SearchPath.isExecutable(tree)) {
                    found.add(tree);
                }
            }
        } else if (llvm.equals("1")) {
            searchPath.find(name).ifPresent(found::add);
        } else if (llvm.startsWith("-")) {
            searchPath.find(name + llvm).ifPresent(found::add);
        } else {
            Path p = Path.of(llvm + name);
            if (SearchPath.isExecutable(p)) {
                found.add(p);
            }
        }
        return new ArrayList<>(found);
    }

    private Path resolveExplicit(ToolKind kind, String value) {
        if (!value.contains("/")) {
            return searchPath.find(value).orElseThrow(() -> new KernelRustException("kernelRust." + kind.parameter()
                    + " is '" + value + "', but no executable of that name is on PATH. Give a full path, or"
                    + " install it (Debian package " + kind.debianPackage(22) + " or the one for your LLVM)."));
        }
        Path p = Path.of(value);
        if (!SearchPath.isExecutable(p)) {
            throw new KernelRustException("kernelRust." + kind.parameter() + " is '" + value + "', but "
                    + (java.nio.file.Files.exists(p) ? "that file is not executable." : "no such file exists.")
                    + " Point it at the " + kind.command() + " executable, or unset it to let the plugin discover one.");
        }
        return p;
    }
}
