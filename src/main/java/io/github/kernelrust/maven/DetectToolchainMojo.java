package io.github.kernelrust.maven;

import io.github.kernelrust.core.toolchain.Target;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;

/**
 * Finds rustc, clang, llvm-link, nm and cc, reads their LLVM versions, decides between inline and
 * out-of-line mode, and writes {@code toolchain.properties}. Sets the project properties
 * {@code kernelRust.mode}, {@code kernelRust.rustcLlvmVersion} and {@code kernelRust.rustcClangLlvmCompatible}.
 */
@Mojo(name = "detect-toolchain", defaultPhase = LifecyclePhase.VALIDATE, threadSafe = true)
public class DetectToolchainMojo extends AbstractKernelRustMojo {

    @Override
    String goal() {
        return "detect-toolchain";
    }

    @Override
    void run(Target t) {
        detectNow(t);
    }

    @Override
    boolean opensBuild() {
        return true;
    }
}
