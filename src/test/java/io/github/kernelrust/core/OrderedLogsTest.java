package io.github.kernelrust.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class OrderedLogsTest {
    private final List<String> lines = new ArrayList<>();
    private final BuildLog out = new BuildLog() {
        @Override
        public void info(String message) {
            lines.add("INFO " + message);
        }

        @Override
        public void warn(String message) {
            lines.add("WARN " + message);
        }

        @Override
        public void debug(String message) {
            lines.add("DEBUG " + message);
        }
    };

    @Test
    void theFirstPartWritesThroughAndTheOthersWaitForTheirTurn() {
        OrderedLogs logs = new OrderedLogs(out, 3);
        logs.part(0).info("x86_64 starts");
        logs.part(2).info("riscv starts");
        logs.part(1).warn("aarch64 warns");
        assertEquals(List.of("INFO x86_64 starts"), lines);
        // the third ends first: still held, the second has not ended
        logs.end(2);
        assertEquals(List.of("INFO x86_64 starts"), lines);
        logs.end(0);
        // the second's turn: what it held, then it writes through
        assertEquals(List.of("INFO x86_64 starts", "WARN aarch64 warns"), lines);
        logs.part(1).debug("aarch64 goes on");
        assertEquals("DEBUG aarch64 goes on", lines.get(2));
        logs.end(1);
        assertEquals(List.of("INFO x86_64 starts", "WARN aarch64 warns", "DEBUG aarch64 goes on", "INFO riscv starts"),
                lines);
    }

    @Test
    void afterAFailureEveryHeldLineIsWrittenInOrder() {
        OrderedLogs logs = new OrderedLogs(out, 3);
        logs.part(2).info("third");
        logs.part(1).info("second, failed");
        // the first never ended (it was never started); the build fails and says what it has
        logs.endAll();
        assertEquals(List.of("INFO second, failed", "INFO third"), lines);
        logs.part(1).info("late");
        assertEquals("INFO late", lines.get(2));
    }
}
