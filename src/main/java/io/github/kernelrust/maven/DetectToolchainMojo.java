package io.github.kernelrust.maven;

import io.github.kernelrust.core.toolchain.Target;
import io.github.kernelrust.core.toolchain.ToolchainLock;
import java.io.File;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Finds rustc, clang, llvm-link, nm and cc, reads their LLVM versions, decides between inline and
 * out-of-line mode, and writes {@code toolchain.properties}. Sets the project properties
 * {@code kernelRust.mode}, {@code kernelRust.rustcLlvmVersion} and {@code kernelRust.rustcClangLlvmCompatible}.
 */
@Mojo(name = "detect-toolchain", defaultPhase = LifecyclePhase.VALIDATE, threadSafe = true)
public class DetectToolchainMojo extends AbstractKernelRustMojo {

    /**
     * The toolchain lock ({@code kernel-rust-toolchain.lock}): when it exists, detect-toolchain and
     * inline-helpers fail if the toolchain found differs from it.
     */
    @Parameter(property = "kernelRust.lockFile", defaultValue = "${project.basedir}/" + ToolchainLock.FILE_NAME)
    File lockFile;

    /** detect-toolchain and inline-helpers (re)write the lock file with the toolchain found. */
    @Parameter(property = "kernelRust.writeLock", defaultValue = "false")
    boolean writeLock;

    @Override
    String goal() {
        return "detect-toolchain";
    }

    @Override
    void run(Target t) {
        detectNow(t, lockFile, writeLock);
    }

    @Override
    boolean opensBuild() {
        return true;
    }
}
