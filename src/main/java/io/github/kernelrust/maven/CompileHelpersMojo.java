package io.github.kernelrust.maven;

import io.github.kernelrust.core.toolchain.Target;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;

/**
 * Compiles the helper sources to {@code helpers.bc} (inline mode) or {@code helpers.o}
 * (out-of-line mode), once per helper variant.
 */
@Mojo(name = "compile-helpers", defaultPhase = LifecyclePhase.COMPILE, threadSafe = true)
public class CompileHelpersMojo extends AbstractPipelineMojo {

    @Override
    String goal() {
        return "compile-helpers";
    }

    @Override
    void run(Target t) {
        pipeline(t).helpers();
    }
}
