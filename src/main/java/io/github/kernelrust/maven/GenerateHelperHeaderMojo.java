package io.github.kernelrust.maven;

import io.github.kernelrust.core.build.Pipeline;
import io.github.kernelrust.core.toolchain.Target;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;

/**
 * Writes {@code include/rust_helper.h}, which defines {@code __rust_helper} for the mode: an
 * always-inline function with GNU inline semantics in inline mode, a plain function out of line,
 * empty under {@code __BINDGEN__}.
 */
@Mojo(name = "generate-helper-header", defaultPhase = LifecyclePhase.GENERATE_SOURCES, threadSafe = true)
public class GenerateHelperHeaderMojo extends AbstractKernelRustMojo {

    @Override
    String goal() {
        return "generate-helper-header";
    }

    @Override
    void run(Target t) {
        Pipeline.writeHeader(outputFor(t), detection(t).mode());
    }
}
