package io.github.kernelrust.maven;

import java.util.ArrayList;
import java.util.List;

/**
 * A {@code <helperVariant>}: the helpers built again with extra defines, as the kernel builds
 * {@code helpers_module.bc} with {@code -DMODULE}.
 */
public class HelperVariantConfig {
    /** Output base name, e.g. {@code helpers_module}. */
    String name;
    /** Defines, {@code NAME} or {@code NAME=VALUE}. */
    List<String> defines = new ArrayList<>();
}
