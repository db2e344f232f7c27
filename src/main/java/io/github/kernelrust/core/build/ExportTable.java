package io.github.kernelrust.core.build;

import io.github.kernelrust.core.KernelRustException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The kernel's export table, from {@code nm -p --defined-only OBJ} output, selected exactly as
 * its awk program does: {@code $2~/(T|R|D|B)/ && $3!~/__(pfx|cfi|odr_asan)/ { printf FMT,$3 }}.
 * Fields are split as awk splits them (runs of blanks, leading blanks ignored), the type test is
 * "contains T, R, D or B", and symbols keep nm's order ({@code -p}: no sorting).
 */
public final class ExportTable {
    public static final String DEFAULT_FORMAT = "EXPORT_SYMBOL_RUST_GPL(%s);\\n";
    private static final Pattern TYPE = Pattern.compile("T|R|D|B");
    private static final Pattern EXCLUDED = Pattern.compile("__(pfx|cfi|odr_asan)");
    private static final Pattern FIELDS = Pattern.compile("[ \\t]+");

    private ExportTable() {
    }

    /** The arguments that make nm print what this table reads. */
    public static List<String> nmArgs() {
        return List.of("-p", "--defined-only");
    }

    /** The exported symbol names, in nm's order. */
    public static List<String> select(String nmOutput) {
        List<String> names = new ArrayList<>();
        for (String line : nmOutput.split("\n", -1)) {
            String[] f = FIELDS.split(line.strip());
            String type = f.length > 1 ? f[1] : "";
            String name = f.length > 2 ? f[2] : "";
            if (TYPE.matcher(type).find() && !EXCLUDED.matcher(name).find()) {
                names.add(name);
            }
        }
        return names;
    }

    /** The table text: {@code format} once per symbol, printf-style ({@code %s}, {@code %%}, {@code \n}, {@code \t}, {@code \\}). */
    public static String render(List<String> names, String format) {
        StringBuilder sb = new StringBuilder();
        for (String name : names) {
            sb.append(printf(format, name));
        }
        return sb.toString();
    }

    static String printf(String format, String arg) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < format.length(); i++) {
            char c = format.charAt(i);
            if (c == '\\' && i + 1 < format.length() && "nt\\\"".indexOf(format.charAt(i + 1)) >= 0) {
                // the escapes awk knows; any other backslash stays, and what follows is read as usual
                char e = format.charAt(++i);
                sb.append(e == 'n' ? '\n' : e == 't' ? '\t' : e);
            } else if (c == '%') {
                if (i + 1 == format.length()) {
                    throw new KernelRustException("exportFormat '" + format + "' ends with a lone %; write %% for a"
                            + " percent sign.");
                }
                char e = format.charAt(++i);
                switch (e) {
                    case 's' -> sb.append(arg);
                    case '%' -> sb.append('%');
                    default -> throw new KernelRustException("exportFormat '" + format + "' has %" + e
                            + "; only %s (the symbol) and %% are allowed.");
                }
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
