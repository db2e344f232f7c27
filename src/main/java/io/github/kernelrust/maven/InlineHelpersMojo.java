package io.github.kernelrust.maven;

import io.github.kernelrust.core.build.ExportTable;
import io.github.kernelrust.core.build.Pipeline;
import io.github.kernelrust.core.toolchain.Target;
import io.github.kernelrust.core.toolchain.ToolchainLock;
import java.io.File;
import java.util.List;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Runs the whole chain from the command line, in one invocation and without forking a lifecycle:
 * detect the toolchain, write the header, generate the bindings, compile helpers and crates, check
 * the boundary and link the helpers into the crates, write the export tables, and verify the
 * inlining.
 */
@Mojo(name = "inline-helpers", threadSafe = true,
        requiresDependencyResolution = ResolutionScope.COMPILE)
public class InlineHelpersMojo extends AbstractCratesMojo {

    /**
     * The toolchain lock ({@code kernel-rust-toolchain.lock}): when it exists, detect-toolchain and
     * inline-helpers fail if the toolchain found differs from it.
     */
    @Parameter(property = "kernelRust.lockFile", defaultValue = "${project.basedir}/" + ToolchainLock.FILE_NAME)
    File lockFile;

    /** detect-toolchain and inline-helpers (re)write the lock file with the toolchain found. */
    @Parameter(property = "kernelRust.writeLock", defaultValue = "false")
    boolean writeLock;

    /**
     * Options for bindgen itself, one per element, given after the plugin's own and before the
     * flags for libclang: what the kernel keeps in {@code rust/bindgen_parameters}, such as
     * {@code --opaque-type=xregs_state} for a type bindgen 0.60 lays out as Rust that does not
     * compile ({@code packed} and {@code aligned} together). Default: none.
     */
    @Parameter(property = "kernelRust.bindgenFlags")
    List<String> bindgenFlags;

    /**
     * In the bindings, name each helper after the C function it wraps ({@code refcount_inc}) and link
     * it to {@code rust_helper_refcount_inc} with {@code #[link_name]}, as the kernel's bindings do.
     * Default: keep the {@code rust_helper_} names.
     */
    @Parameter(property = "kernelRust.bindingsCNames", defaultValue = "false")
    boolean bindingsCNames;

    /**
     * One line per exported symbol in the export tables, printf-style: {@code %s} is the symbol,
     * {@code \n} a line break.
     */
    @Parameter(property = "kernelRust.exportFormat", defaultValue = ExportTable.DEFAULT_FORMAT)
    String exportFormat;

    /**
     * In inline mode, fail the build when a call to a helper that carries {@code __rust_helper} is
     * left in a final object.
     */
    @Parameter(property = "kernelRust.failOnNotInlined", defaultValue = "true")
    boolean failOnNotInlined;

    @Override
    List<String> bindgenFlags() {
        return nonNull(bindgenFlags);
    }

    @Override
    boolean bindingsCNames() {
        return bindingsCNames;
    }

    @Override
    String goal() {
        return "inline-helpers";
    }

    @Override
    void run(Target t) {
        Pipeline p = pipeline(t, detectNow(t, lockFile, writeLock));
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
