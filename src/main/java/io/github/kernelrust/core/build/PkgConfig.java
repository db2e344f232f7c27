package io.github.kernelrust.core.build;

import io.github.kernelrust.core.KernelRustException;
import io.github.kernelrust.core.process.AtomicFiles;
import io.github.kernelrust.core.process.Command;
import io.github.kernelrust.core.process.CommandFailedException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code pkgConfig} packages as flags, in steps that rerun only when a {@code .pc} file they
 * read changes (or the packages, the pkg-config binary or the {@code PKG_CONFIG_*} variables):
 * {@code PKG-CONFIG .pkg-config.dirs} (where it looks: {@code --variable=pc_path}),
 * {@code PKG-CONFIG pkg-config.cflags} ({@code --cflags}; pkgconf's {@code --log-file} names every
 * package of the dependency graph it walked, whose {@code .pc} files become the inputs) and
 * {@code PKG-CONFIG pkg-config.libs} ({@code --libs}). Debian's {@code pkg-config} is pkgconf.
 */
final class PkgConfig {
    /** What pkg-config gave: flags for the C steps, and for a final link. */
    record Flags(List<String> cflags, List<String> libs) {
        static final Flags NONE = new Flags(List.of(), List.of());

        Flags {
            cflags = List.copyOf(cflags);
            libs = List.copyOf(libs);
        }
    }

    /** The variables that change what pkg-config finds: part of each command, so of its record. */
    private static final List<String> ENVIRONMENT = List.of("PKG_CONFIG_PATH", "PKG_CONFIG_LIBDIR",
            "PKG_CONFIG_SYSROOT_DIR");
    private static final Pattern MODULE = Pattern.compile("(?m)^(\\S+) \\[");
    private static final Pattern NOT_FOUND = Pattern.compile("Package '?([^'\\s]+)'?,? (?:was not found|required by"
            + " 'virtual:world', not found)");

    private PkgConfig() {
    }

    static Path cflagsFile(BuildSettings s) {
        return s.outputDirectory().resolve("pkg-config.cflags");
    }

    static Path libsFile(BuildSettings s) {
        return s.outputDirectory().resolve("pkg-config.libs");
    }

    /** The folders pkg-config looks in, one a line. */
    static Path dirsFile(BuildSettings s) {
        return s.outputDirectory().resolve(".pkg-config.dirs");
    }

    /** The {@code .pc} files the cflags step read, one a line: what the steps are up to date against. */
    static Path pcFiles(BuildSettings s) {
        return s.outputDirectory().resolve(".pkg-config.pc");
    }

    /** Every file the steps write, to remove when no package is configured any more. */
    static List<Path> outputs(BuildSettings s) {
        return List.of(cflagsFile(s), libsFile(s), dirsFile(s), pcFiles(s));
    }

    /** The steps, in order: the search folders, the C flags (and the files read), the link flags. */
    static List<Step> steps(BuildSettings s, Path pkgConfig) {
        Path dirs = dirsFile(s);
        Step dirsStep = new Step("Asking pkg-config where it looks for packages", command("PKG-CONFIG "
                + dirs.getFileName(), List.of(pkgConfig.toString(), "--variable=pc_path", "pkg-config")),
                List.of(dirs), () -> List.of(pkgConfig)).producing(result -> AtomicFiles.write(
                        AtomicFiles.temporary(dirs), String.join("\n", searchPath(result.stdout())) + "\n"));

        Path cflags = cflagsFile(s);
        Path pc = pcFiles(s);
        Path log = s.outputDirectory().resolve(".pkg-config.log");
        List<String> argv = new ArrayList<>(List.of(pkgConfig.toString(), "--print-errors", "--log-file=" + log,
                "--cflags"));
        argv.addAll(s.pkgConfig());
        Step cflagsStep = new Step("Asking pkg-config for the C flags of " + s.pkgConfig(),
                command("PKG-CONFIG " + cflags.getFileName(), argv), List.of(cflags, pc), () -> inputs(s))
                .producing(result -> {
                    AtomicFiles.write(AtomicFiles.temporary(cflags), result.stdout().strip() + "\n");
                    List<String> files = pcFilesOf(modules(read(log)), lines(read(dirs)));
                    AtomicFiles.write(AtomicFiles.temporary(pc), String.join("\n", files) + "\n");
                    AtomicFiles.deleteQuietly(log);
                });
        // pkgconf appends to its log: a leftover of a killed run must not add to it
        AtomicFiles.deleteQuietly(log);

        Path libs = libsFile(s);
        List<String> libArgv = new ArrayList<>(List.of(pkgConfig.toString(), "--print-errors", "--libs"));
        libArgv.addAll(s.pkgConfig());
        Step libsStep = new Step("Asking pkg-config for the link flags of " + s.pkgConfig(),
                command("PKG-CONFIG " + libs.getFileName(), libArgv), List.of(libs), () -> inputs(s))
                .producing(result -> AtomicFiles.write(AtomicFiles.temporary(libs), result.stdout().strip() + "\n"));
        return List.of(dirsStep, cflagsStep, libsStep);
    }

    /** The flag steps' inputs: the search folders and the {@code .pc} files read last time. */
    private static List<Path> inputs(BuildSettings s) {
        List<Path> in = new ArrayList<>();
        in.add(dirsFile(s));
        lines(read(pcFiles(s))).forEach(l -> in.add(Path.of(l)));
        return in;
    }

    /**
     * Where pkg-config looks, in its order: {@code PKG_CONFIG_PATH}, then its own path
     * ({@code pc_path}, which {@code PKG_CONFIG_LIBDIR} replaces).
     */
    static List<String> searchPath(String pcPath) {
        List<String> dirs = new ArrayList<>(colonList(System.getenv("PKG_CONFIG_PATH")));
        String libdir = System.getenv("PKG_CONFIG_LIBDIR");
        dirs.addAll(libdir != null ? colonList(libdir) : colonList(pcPath.strip()));
        return dirs;
    }

    /** The {@code .pc} file of each package: the first {@code NAME.pc} on the search path. */
    static List<String> pcFilesOf(List<String> modules, List<String> dirs) {
        List<String> files = new ArrayList<>();
        for (String m : modules) {
            dirs.stream().map(d -> Path.of(d, m + ".pc")).filter(Files::isRegularFile).findFirst()
                    .ifPresent(f -> files.add(f.toString()));
        }
        return files;
    }

    private static List<String> colonList(String value) {
        return value == null ? List.of() : java.util.Arrays.stream(value.split(":")).filter(d -> !d.isBlank()).toList();
    }

    /** What the finished steps wrote. */
    static Flags read(BuildSettings s) {
        return new Flags(split(read(cflagsFile(s))), split(read(libsFile(s))));
    }

    private static Command command(String label, List<String> argv) {
        Command cmd = Command.of(label, argv);
        for (String name : ENVIRONMENT) {
            String value = System.getenv(name);
            if (value != null) {
                cmd = cmd.withEnv(name, value);
            }
        }
        return cmd;
    }

    /** The package names of a pkgconf log ({@code gnutls [3.7.9]} a line), sorted, once each. */
    static List<String> modules(String log) {
        TreeSet<String> names = new TreeSet<>();
        Matcher m = MODULE.matcher(log);
        while (m.find()) {
            if (!m.group(1).equals("virtual:world")) {
                names.add(m.group(1));
            }
        }
        return List.copyOf(names);
    }

    /**
     * The words of pkg-config's output as a shell would split them: at blanks, except escaped
     * ones ({@code -I/opt/my\ lib}), with quotes removed.
     */
    static List<String> split(String output) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        boolean inWord = false;
        char quote = 0;
        for (int i = 0; i < output.length(); i++) {
            char c = output.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                } else {
                    word.append(c);
                }
            } else if (c == '\\' && i + 1 < output.length()) {
                word.append(output.charAt(++i));
                inWord = true;
            } else if (c == '\'' || c == '"') {
                quote = c;
                inWord = true;
            } else if (Character.isWhitespace(c)) {
                if (inWord) {
                    words.add(word.toString());
                    word.setLength(0);
                    inWord = false;
                }
            } else {
                word.append(c);
                inWord = true;
            }
        }
        if (inWord) {
            words.add(word.toString());
        }
        return words;
    }

    /**
     * The error for a failed pkg-config run: a package it does not know gets the way to install
     * it; anything else pkg-config's own words.
     */
    static KernelRustException failure(CommandFailedException e, List<String> packages) {
        String said = e.result().printed().strip();
        Matcher m = NOT_FOUND.matcher(said);
        if (!m.find()) {
            return e;
        }
        String name = m.group(1);
        return new KernelRustException("pkg-config knows no package '" + name + "' (kernelRust.pkgConfig = " + packages
                + "). Install its development files (Debian: the package that ships " + name + ".pc, such as "
                + debianPackage(name) + "; apt-file search /" + name + ".pc names it), or add the folder that holds "
                + name + ".pc to PKG_CONFIG_PATH. pkg-config said: " + said.lines().findFirst().orElse(""));
    }

    /** Debian's usual name for the development files of a pkg-config package. */
    static String debianPackage(String name) {
        if (name.startsWith("python3") || name.startsWith("python-3")) {
            return "python3-dev";
        }
        return (name.startsWith("lib") ? name : "lib" + name).replaceAll("-?[0-9.]+$", "") + "-dev";
    }

    private static String read(Path file) {
        try {
            return Files.isRegularFile(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> lines(String text) {
        return text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }
}
