package io.github.kernelrust.maven;

import io.github.kernelrust.core.toolchain.Target;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Compiles each crate in dependency order with rustc to {@code NAME.bc} (crates that link
 * helpers, inline mode) or {@code NAME.o}, with {@code libNAME.rmeta} and {@code NAME.d}.
 */
@Mojo(name = "compile-crates", defaultPhase = LifecyclePhase.COMPILE, threadSafe = true,
        requiresDependencyResolution = ResolutionScope.COMPILE)
public class CompileCratesMojo extends AbstractCratesMojo {

    @Override
    String goal() {
        return "compile-crates";
    }

    @Override
    void run(Target t) {
        pipeline(t).crates(externalCrates(t));
    }
}
