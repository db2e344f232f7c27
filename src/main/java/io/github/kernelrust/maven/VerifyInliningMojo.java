package io.github.kernelrust.maven;

import io.github.kernelrust.core.toolchain.Target;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Proves, helper by helper, whether a call to a {@code rust_helper_*} symbol is left in the
 * final objects, writes {@code inlining-report.json} and {@code inlining-report.md}, and logs a
 * summary. In inline mode with {@code failOnNotInlined}, a call left to an annotated helper
 * fails the build; an unannotated helper is a warning.
 */
@Mojo(name = "verify-inlining", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class VerifyInliningMojo extends AbstractCratesMojo {

    /**
     * In inline mode, fail the build when a call to a helper that carries {@code __rust_helper} is
     * left in a final object.
     */
    @Parameter(property = "kernelRust.failOnNotInlined", defaultValue = "true")
    boolean failOnNotInlined;

    @Override
    String goal() {
        return "verify-inlining";
    }

    @Override
    void run(Target t) {
        pipeline(t).verify(failOnNotInlined);
    }

    @Override
    boolean closesBuild() {
        return true;
    }
}
