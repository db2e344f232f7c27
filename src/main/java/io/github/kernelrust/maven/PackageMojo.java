package io.github.kernelrust.maven;

import io.github.kernelrust.core.toolchain.Target;
import java.io.File;
import java.nio.file.Path;
import javax.inject.Inject;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProjectHelper;

/**
 * Packs each target's final objects, export tables, {@code libNAME.rmeta} files and inlining report
 * (run first when missing or older than the objects) into {@code FINALNAME-TRIPLE.zip} and attaches it
 * to the project, type {@code zip}, the target's rustc triple as classifier, so that {@code install}
 * and {@code deploy} publish it and another module can depend on it.
 */
@Mojo(name = "package", defaultPhase = LifecyclePhase.PACKAGE, threadSafe = true)
public class PackageMojo extends AbstractCratesMojo {

    /**
     * In inline mode, fail the build when a call to a helper that carries {@code __rust_helper} is
     * left in a final object.
     */
    @Parameter(property = "kernelRust.failOnNotInlined", defaultValue = "true")
    boolean failOnNotInlined;

    private final MavenProjectHelper projectHelper;

    /** Attach each zip to the project, so that {@code install} and {@code deploy} publish it. */
    @Parameter(property = "kernelRust.attach", defaultValue = "true")
    boolean attach;

    /** Where the zips are written, as {@code FINALNAME-TRIPLE.zip}. */
    @Parameter(property = "kernelRust.packageDirectory", defaultValue = "${project.build.directory}")
    File packageDirectory;

    @Inject
    public PackageMojo(MavenProjectHelper projectHelper) {
        this.projectHelper = projectHelper;
    }

    @Override
    String goal() {
        return "package";
    }

    @Override
    boolean targetsAtOnce() {
        // the zips are attached, and so deployed, in the targets' order
        return false;
    }

    @Override
    void run(Target t) {
        var pipeline = pipeline(t);
        if (pipeline.settings().crates().isEmpty()) {
            log().info("No crate to package (no src/main/rust/lib.rs and no <crates>).");
            return;
        }
        String classifier = t.rustTargetName();
        Path zip = packageDirectory.toPath().toAbsolutePath()
                .resolve(project.getBuild().getFinalName() + "-" + classifier + ".zip");
        pipeline.pack(zip, failOnNotInlined);
        if (attach) {
            projectHelper.attachArtifact(project, "zip", classifier, zip.toFile());
        }
    }
}
