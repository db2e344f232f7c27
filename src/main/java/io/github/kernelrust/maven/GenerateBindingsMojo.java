package io.github.kernelrust.maven;

import io.github.kernelrust.core.toolchain.Target;
import java.util.List;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Writes {@code bindings_helpers_generated.rs}: bindgen over the helper sources (and the helpers
 * {@code <wrap>} asks for) with {@code -D__BINDGEN__}, every declaration of the helper files and
 * the C types they use, {@code core}-only. Crates compile with {@code OUT_DIR} set to the output
 * directory, so they write
 * {@code mod ffi { include!(concat!(env!("OUT_DIR"), "/bindings_helpers_generated.rs")); }}.
 */
@Mojo(name = "generate-bindings", defaultPhase = LifecyclePhase.GENERATE_SOURCES, threadSafe = true)
public class GenerateBindingsMojo extends AbstractPipelineMojo {

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
        return "generate-bindings";
    }

    @Override
    void run(Target t) {
        pipeline(t).bindings();
    }
}
