package io.github.kernelrust.core;

/** Where the core reports progress; the Maven layer maps it to the Maven log. */
public interface BuildLog {
    void info(String message);

    void warn(String message);

    void debug(String message);

    /** A log that drops everything, for tests and quiet re-detection. */
    BuildLog SILENT = new BuildLog() {
        @Override
        public void info(String message) {
        }

        @Override
        public void warn(String message) {
        }

        @Override
        public void debug(String message) {
        }
    };
}
