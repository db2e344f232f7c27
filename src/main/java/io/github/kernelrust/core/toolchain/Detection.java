package io.github.kernelrust.core.toolchain;

/** The tools found and the mode decided for them. */
public record Detection(Toolchain toolchain, ModeDecision decision) {

    public Mode mode() {
        return decision.mode();
    }
}
