package io.github.kernelrust.maven;

import io.github.kernelrust.core.toolchain.Target;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;

/**
 * Writes {@code bindings_helpers_generated.rs}: bindgen over the helper sources (and the helpers
 * {@code <wrap>} asks for) with {@code -D__BINDGEN__}, every declaration of the helper files and
 * the C types they use, {@code core}-only. Crates compile with {@code OUT_DIR} set to the output
 * directory, so they write
 * {@code mod ffi { include!(concat!(env!("OUT_DIR"), "/bindings_helpers_generated.rs")); }}.
 */
@Mojo(name = "generate-bindings", defaultPhase = LifecyclePhase.GENERATE_SOURCES, threadSafe = true)
public class GenerateBindingsMojo extends AbstractKernelRustMojo {

    @Override
    String goal() {
        return "generate-bindings";
    }

    @Override
    void run(Target t) {
        pipeline(t).bindings();
    }
}
