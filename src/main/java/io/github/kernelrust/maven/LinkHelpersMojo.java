package io.github.kernelrust.maven;

import io.github.kernelrust.core.toolchain.Target;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;

/**
 * Links the helpers into each crate that links them ({@code llvm-link --internalize
 * NAME.bc helpers.bc -o NAME.m.bc}) and compiles the result with clang to {@code NAME.o}.
 * Does nothing in out-of-line mode.
 */
@Mojo(name = "link-helpers", defaultPhase = LifecyclePhase.PROCESS_CLASSES, threadSafe = true)
public class LinkHelpersMojo extends AbstractPipelineMojo {

    @Override
    String goal() {
        return "link-helpers";
    }

    @Override
    void run(Target t) {
        pipeline(t).link();
    }
}
