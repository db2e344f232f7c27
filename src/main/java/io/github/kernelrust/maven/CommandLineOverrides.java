package io.github.kernelrust.maven;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.UnaryOperator;
import org.codehaus.plexus.util.xml.Xpp3Dom;

/**
 * One rule for a parameter that the POM configures and {@code -DkernelRust.NAME} sets too: the
 * POM wins, for every parameter, as Maven decides for a single value; the command line's value is
 * dropped with a WARNING that names both. Maven itself lets {@code -D} win over a list that the
 * POM writes as elements ({@code <cflags><cflag>-O2</cflag></cflags>}: the merged configuration
 * keeps the parameter's {@code ${kernelRust.cflags}} beside the elements, and the expression is
 * read first), while the comma form ({@code <rustflags>-O,-Dwarnings</rustflags>}) wins over it.
 * This class finds the POM's elements in the execution's configuration and restores them.
 */
final class CommandLineOverrides {

    /**
     * @param lists    list parameter -> the POM's elements, where {@code -D} had replaced them
     * @param warnings one per parameter whose command-line value was dropped
     */
    record Resolution(Map<String, List<String>> lists, List<String> warnings) {
        List<String> list(String name, List<String> injected) {
            return lists.getOrDefault(name, injected);
        }
    }

    private CommandLineOverrides() {
    }

    /**
     * @param configuration the execution's merged configuration (the POM's over the plugin's defaults)
     * @param properties    parameter name -> its user property ({@code cflags -> kernelRust.cflags})
     * @param commandLine   the user properties ({@code -D})
     * @param evaluate      evaluates a POM value's {@code ${...}}
     */
    static Resolution resolve(Xpp3Dom configuration, Map<String, String> properties, Properties commandLine,
            UnaryOperator<String> evaluate) {
        Map<String, List<String>> lists = new LinkedHashMap<>();
        List<String> warnings = new ArrayList<>();
        if (configuration == null) {
            return new Resolution(lists, warnings);
        }
        properties.forEach((name, property) -> {
            String given = commandLine.getProperty(property);
            Xpp3Dom node = configuration.getChild(name);
            if (given == null || node == null) {
                return;
            }
            String pom;
            if (node.getChildCount() > 0) {
                List<String> elements = new ArrayList<>();
                for (Xpp3Dom child : node.getChildren()) {
                    String v = child.getValue() == null ? "" : evaluate.apply(child.getValue().strip());
                    if (v != null && !v.isBlank()) {
                        elements.add(v.strip());
                    }
                }
                lists.put(name, elements);
                pom = String.join(",", elements);
            } else if (node.getValue() != null && !node.getValue().strip().equals("${" + property + "}")) {
                pom = evaluate.apply(node.getValue().strip());
            } else {
                return; // the POM does not set it: the command line's value applies
            }
            if (!words(pom).equals(words(given))) {
                warnings.add("-D" + property + "=" + given + " is ignored: the POM sets <" + name + "> to " + words(pom)
                        + ", and a value in the POM wins over the command line for every parameter. To let the"
                        + " command line decide, set it in the POM through a property of your own (<" + name
                        + ">${my." + name + "}</" + name + "> with <my." + name + "> under <properties>) and pass"
                        + " -Dmy." + name + "=...");
            }
        });
        return new Resolution(lists, warnings);
    }

    /** A value as the words a list parameter takes: split at commas, blanks dropped. */
    private static List<String> words(String value) {
        return value == null ? List.of() : Arrays.stream(value.split(",")).map(String::strip)
                .filter(w -> !w.isEmpty()).toList();
    }
}
