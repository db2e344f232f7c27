package io.github.kernelrust.core.toolchain;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Where tools are looked for: the PATH directories, and the root under which Debian installs
 * versioned LLVM trees ({@code /usr/lib/llvm-22/bin}).
 */
public record SearchPath(List<Path> directories, Path llvmRoot) {

    public static final Path DEBIAN_LLVM_ROOT = Path.of("/usr/lib");

    public SearchPath {
        directories = List.copyOf(directories);
    }

    /** The PATH of this process and Debian's LLVM root. */
    public static SearchPath fromEnvironment() {
        return of(System.getenv().getOrDefault("PATH", ""), DEBIAN_LLVM_ROOT);
    }

    public static SearchPath of(String pathVariable, Path llvmRoot) {
        List<Path> dirs = new ArrayList<>();
        for (String entry : pathVariable.split(File.pathSeparator)) {
            if (!entry.isEmpty()) {
                try {
                    dirs.add(Path.of(entry));
                } catch (InvalidPathException ignored) {
                    // an entry that is not a path cannot hold a tool
                }
            }
        }
        return new SearchPath(dirs, llvmRoot);
    }

    /** The first executable file called {@code name} on PATH. */
    public Optional<Path> find(String name) {
        for (Path dir : directories) {
            Path candidate = dir.resolve(name);
            if (isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /** Every executable file called {@code name} on PATH, in PATH order, without duplicates. */
    public List<Path> findAll(String name) {
        List<Path> found = new ArrayList<>();
        for (Path dir : directories) {
            Path candidate = dir.resolve(name);
            if (isExecutable(candidate) && !found.contains(candidate)) {
                found.add(candidate);
            }
        }
        return found;
    }

    /** Every {@code NAME-N} on PATH, highest N first (PATH order among equals). */
    public List<Path> findVersioned(String name) {
        Pattern versioned = Pattern.compile(Pattern.quote(name) + "-(\\d+)");
        List<Path> found = new ArrayList<>();
        for (Path dir : directories) {
            try (Stream<Path> entries = Files.list(dir)) {
                entries.filter(p -> versioned.matcher(p.getFileName().toString()).matches())
                        .filter(SearchPath::isExecutable).sorted().forEach(found::add);
            } catch (IOException | RuntimeException e) {
                // an unreadable PATH entry holds no tool we can use
            }
        }
        Comparator<Path> byNumber = Comparator.comparingInt(p -> Integer.parseInt(
                p.getFileName().toString().substring(name.length() + 1)));
        found.sort(byNumber.reversed());
        return found;
    }

    /** Debian's {@code /usr/lib/llvm-MAJOR/bin/NAME}. */
    public Path llvmTree(int major, String name) {
        return llvmRoot.resolve("llvm-" + major).resolve("bin").resolve(name);
    }

    public static boolean isExecutable(Path p) {
        return Files.isRegularFile(p) && Files.isExecutable(p);
    }
}
