package io.github.kernelrust.maven;

import io.github.kernelrust.core.build.DependencyArtifacts;
import io.github.kernelrust.core.build.ExternalCrates;
import io.github.kernelrust.core.toolchain.Target;
import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * The goals that build crates or read what was built for them: the {@code core} the crates
 * compile against, besides the pipeline's parameters.
 */
abstract class AbstractCratesMojo extends AbstractPipelineMojo {

    /** Where built {@code core} libraries are cached, keyed by rustc, target and flags. Safe to delete. */
    @Parameter(property = "kernelRust.coreCache", defaultValue = "${user.home}/.cache/kernel-rust-maven-plugin/core")
    File coreCache;

    /**
     * Set {@code RUSTC_BOOTSTRAP=1} for every rustc the build runs (crates and {@code core}), as the
     * kernel does: {@code -Z} flags ({@code -Zfunction-return=thunk-extern}), target spec files and
     * {@code core} built from source need it with a stable rustc. {@code false} sets nothing (a
     * {@code RUSTC_BOOTSTRAP} in the environment still applies).
     */
    @Parameter(property = "kernelRust.rustcBootstrap", defaultValue = "true")
    boolean rustcBootstrap;

    @Override
    Path coreCache() {
        return coreCache.toPath().toAbsolutePath();
    }

    @Override
    boolean rustcBootstrap() {
        return rustcBootstrap;
    }

    /**
     * The crates of the kernel-rust zips among the project's dependencies built for the target,
     * unpacked into {@code target/kernel-rust-deps/ARTIFACTID/TRIPLE} (goals that compile crates
     * resolve the compile-scope dependencies).
     */
    ExternalCrates externalCrates(Target t) {
        List<DependencyArtifacts.Dependency> deps = new ArrayList<>();
        for (org.apache.maven.artifact.Artifact a : project.getArtifacts()) {
            if ("zip".equals(a.getType()) && a.getClassifier() != null && a.getFile() != null) {
                deps.add(new DependencyArtifacts.Dependency(a.getArtifactId(), a.getClassifier(), a.getFile().toPath()));
            }
        }
        return deps.isEmpty() ? ExternalCrates.NONE : DependencyArtifacts.unpack(deps, t.rustTargetName(),
                Path.of(project.getBuild().getDirectory()).resolve("kernel-rust-deps"), log());
    }
}
