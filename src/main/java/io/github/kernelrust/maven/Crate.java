package io.github.kernelrust.maven;

import java.io.File;
import java.util.ArrayList;
import java.util.List;

/**
 * A {@code <crate>} in the plugin configuration.
 */
public class Crate {
    /** The crate name (a Rust identifier). */
    String name;
    /** Its root source file; default {@code src/main/rust/lib.rs} for the first crate, else required. */
    File root;
    /** Names of the crates it depends on: crates of this module, or of a dependency's kernel-rust zip. */
    List<String> deps = new ArrayList<>();
    /** Link the helpers into it in inline mode. */
    boolean linkHelpers = true;
    /** Which helper variant it links; default {@code helpers}. */
    String helpers;
    /** The Rust edition. */
    String edition = "2021";
    /** Extra rustc flags for this crate only. */
    List<String> rustflags = new ArrayList<>();
}
