package io.github.kernelrust.maven;

import io.github.kernelrust.core.build.Pipeline;
import io.github.kernelrust.core.toolchain.Target;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Runs the whole chain from the command line, in one invocation and without forking a lifecycle:
 * detect the toolchain, write the header, generate the bindings, compile helpers and crates, check
 * the boundary and link the helpers into the crates, write the export tables, and verify the
 * inlining.
 */
@Mojo(name = "inline-helpers", threadSafe = true,
        requiresDependencyResolution = ResolutionScope.COMPILE)
public class InlineHelpersMojo extends AbstractKernelRustMojo {

    @Override
    String goal() {
        return "inline-helpers";
    }

    @Override
    void run(Target t) {
        Pipeline p = pipeline(t, detectNow(t));
        p.header();
        p.bindings();
        p.helpers();
        p.crates(externalCrates(t));
        p.link();
        p.exports(exportFormat);
        p.verify(failOnNotInlined);
    }

    @Override
    boolean opensBuild() {
        return true;
    }

    @Override
    boolean closesBuild() {
        return true;
    }
}
