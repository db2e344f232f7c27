package io.github.kernelrust.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Each goal lists the parameters it reads, and no others (its {@code help -Ddetail} and its docs
 * page too), read from the plugin descriptor the build generated before the tests.
 */
class GoalParametersTest {
    /** What every goal reads: where the output goes, the targets, the tools and their limits. */
    private static final Set<String> EVERY_GOAL = Set.of("skip", "outputDirectory", "target", "targets", "rustTarget",
            "clangTarget", "workingDirectory", "rustflags", "llvm", "rustc", "clang", "llvmLink", "nm", "cc", "bindgen",
            "inlineHelpers", "coreFromSource", "compileTimeout", "probeTimeout", "jobs");
    /**
     * The build's inputs, which every step from bindgen on reads: through its up-to-date check, the
     * helpers {@code <wrap>} writes, or the check that no crate writes a helper variant's files.
     */
    private static final Set<String> INPUTS = Set.of("helpers", "includes", "pkgConfig", "cflags", "cflagsRemove",
            "helperVariants", "wrap", "finish", "generateBindings", "crates");
    /** The core the crates compile against: where it is cached, and how rustc runs for it. */
    private static final Set<String> CORE = Set.of("coreCache", "rustcBootstrap");
    private static final Set<String> LOCK = Set.of("lockFile", "writeLock");
    private static final Set<String> BINDGEN = Set.of("bindgenFlags", "bindingsCNames");

    @Test
    void eachGoalListsOnlyTheParametersItReads() throws Exception {
        Map<String, Set<String>> expected = new TreeMap<>();
        expected.put("detect-toolchain", union(EVERY_GOAL, LOCK));
        expected.put("generate-helper-header", EVERY_GOAL);
        expected.put("generate-bindings", union(EVERY_GOAL, INPUTS, BINDGEN));
        expected.put("compile-helpers", union(EVERY_GOAL, INPUTS));
        expected.put("compile-crates", union(EVERY_GOAL, INPUTS, CORE));
        expected.put("link-helpers", union(EVERY_GOAL, INPUTS));
        expected.put("exports", union(EVERY_GOAL, INPUTS, CORE, Set.of("exportFormat")));
        expected.put("verify-inlining", union(EVERY_GOAL, INPUTS, CORE, Set.of("failOnNotInlined")));
        expected.put("package", union(EVERY_GOAL, INPUTS, CORE,
                Set.of("failOnNotInlined", "attach", "packageDirectory")));
        expected.put("inline-helpers", union(EVERY_GOAL, INPUTS, CORE, LOCK, BINDGEN,
                Set.of("exportFormat", "failOnNotInlined")));
        expected.put("help", Set.of("detail", "goal", "indentSize", "lineLength"));

        assertEquals(expected, parametersByGoal());
    }

    @Test
    void inlineHelpersTakesEveryParameterOfThePipelineGoals() throws Exception {
        Map<String, Set<String>> byGoal = parametersByGoal();
        Set<String> all = byGoal.entrySet().stream().filter(e -> !e.getKey().equals("help"))
                .flatMap(e -> e.getValue().stream()).collect(Collectors.toCollection(TreeSet::new));
        all.removeAll(Set.of("attach", "packageDirectory"));
        assertEquals(all, byGoal.get("inline-helpers"));
    }

    private static Map<String, Set<String>> parametersByGoal() throws Exception {
        Path descriptor = Path.of("target/classes/META-INF/maven/plugin.xml");
        assertTrue(Files.isRegularFile(descriptor), "the plugin descriptor is generated at process-classes: "
                + descriptor.toAbsolutePath());
        Element plugin = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(descriptor.toFile())
                .getDocumentElement();
        Map<String, Set<String>> byGoal = new TreeMap<>();
        NodeList mojos = plugin.getElementsByTagName("mojo");
        for (int i = 0; i < mojos.getLength(); i++) {
            Element mojo = (Element) mojos.item(i);
            Set<String> names = new TreeSet<>();
            NodeList parameters = mojo.getElementsByTagName("parameter");
            for (int j = 0; j < parameters.getLength(); j++) {
                Element p = (Element) parameters.item(j);
                if ("true".equals(text(p, "editable"))) {
                    names.add(text(p, "name"));
                }
            }
            byGoal.put(text(mojo, "goal"), names);
        }
        return byGoal;
    }

    private static String text(Element e, String child) {
        NodeList l = e.getElementsByTagName(child);
        return l.getLength() == 0 ? null : l.item(0).getTextContent().strip();
    }

    @SafeVarargs
    private static Set<String> union(Set<String>... sets) {
        return Stream.of(sets).flatMap(Set::stream).collect(Collectors.toCollection(TreeSet::new));
    }
}
