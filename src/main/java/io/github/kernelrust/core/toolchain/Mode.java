package io.github.kernelrust.core.toolchain;

/** How helpers reach the Rust code. */
public enum Mode {
    /** Helpers are compiled to bitcode and linked into each crate, where LLVM inlines them. */
    INLINE("inline"),
    /** Helpers are compiled to an object and Rust calls them. */
    OUT_OF_LINE("out-of-line");

    private final String id;

    Mode(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static Mode fromId(String id) {
        for (Mode m : values()) {
            if (m.id.equals(id)) {
                return m;
            }
        }
        throw new IllegalArgumentException("unknown mode " + id);
    }
}
