package io.github.kernelrust.core.process;

import io.github.kernelrust.core.KernelRustException;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;

/**
 * A tool's run, its output included, outlived its limit, and the plugin killed its process tree.
 * The message says whether the tool itself was still running or had exited while a process it
 * started kept its output open (a wrapper's background child), names what was killed and the
 * setting that raises the limit.
 */
public class CommandTimedOutException extends KernelRustException {
    private static final long serialVersionUID = 1L;
    private static final int MAX_OUTPUT = 4_000;

    private final transient Command command;
    private final boolean toolWasRunning;

    CommandTimedOutException(String what, Command command, Duration limit, String setting, Integer exitCode,
            ProcessTree.Killed killed, String output) {
        super(describe(what, command, limit, setting, exitCode, killed, output));
        this.command = command;
        this.toolWasRunning = exitCode == null;
    }

    public Command command() {
        return command;
    }

    /** True when the tool itself ran out of time; false when it exited but its output stayed open. */
    public boolean toolWasRunning() {
        return toolWasRunning;
    }

    private static String describe(String what, Command command, Duration limit, String setting, Integer exitCode,
            ProcessTree.Killed killed, String output) {
        StringBuilder sb = new StringBuilder(what).append(" timed out after ").append(seconds(limit))
                .append(setting == null ? " (its own limit)" : " (" + setting + ")").append(": ");
        List<String> others = killed.others();
        if (exitCode == null) {
            sb.append("the tool was still running. The plugin killed it");
            if (!others.isEmpty()) {
                sb.append(" and ").append(count(others.size())).append(" it had started (")
                        .append(String.join(", ", others)).append(')');
            }
            sb.append(". If the tool is only slow, ").append(setting == null ? "give it more time"
                    : "raise " + setting + " (in seconds)").append("; if it hangs, run the command by hand to see where.");
        } else {
            sb.append("the tool exited with code ").append(exitCode)
                    .append(", but a process it started kept its output (stdout or stderr) open. ");
            if (others.isEmpty()) {
                sb.append("The plugin found none of its processes left to kill: the one holding the output left the"
                        + " tool's process tree and environment.");
            } else {
                sb.append("The plugin killed ").append(others.size() == 1 ? "it" : "them").append(": ")
                        .append(String.join(", ", others)).append('.');
            }
            sb.append(" A tool, wrapper or launcher must not leave a background process holding its output:"
                    + " redirect that process's output (`> /dev/null 2>&1`), or do not start it.");
        }
        if (!killed.survivors().isEmpty()) {
            sb.append(" These could not be killed: ").append(String.join(", ", killed.survivors())).append('.');
        }
        sb.append("\nCommand: ").append(command.display());
        String printed = output.strip();
        if (!printed.isEmpty()) {
            if (printed.length() > MAX_OUTPUT) {
                printed = "[... cut]\n" + printed.substring(printed.length() - MAX_OUTPUT);
            }
            sb.append("\nIts output before it was killed:\n").append(printed);
        }
        return sb.toString();
    }

    private static String count(int n) {
        return n == 1 ? "the process" : "the " + n + " processes";
    }

    /** {@code 5 s}, {@code 1.5 s}. */
    static String seconds(Duration d) {
        return BigDecimal.valueOf(d.toMillis()).movePointLeft(3).stripTrailingZeros().toPlainString() + " s";
    }
}
