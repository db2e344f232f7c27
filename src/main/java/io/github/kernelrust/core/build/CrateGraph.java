package io.github.kernelrust.core.build;

import io.github.kernelrust.core.KernelRustException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Orders crates so that each comes after the crates it depends on. */
final class CrateGraph {
    private CrateGraph() {
    }

    /**
     * The crates in build order, keeping the configured order where dependencies allow.
     *
     * A dependency that is no crate of the module is taken as external (a crate of a dependency's
     * artifact): {@link #checkDependencies} is what rejects an unknown one, before rustc runs.
     *
     * @throws KernelRustException for a duplicate name or a cycle, naming the crates
     */
    public static List<CrateSpec> buildOrder(List<CrateSpec> crates) {
        Map<String, CrateSpec> byName = new LinkedHashMap<>();
        for (CrateSpec c : crates) {
            if (byName.put(c.name(), c) != null) {
                throw new KernelRustException("Two crates are named '" + c.name() + "'. Crate names must be unique.");
            }
        }
        List<CrateSpec> order = new ArrayList<>();
        Map<String, Integer> state = new LinkedHashMap<>(); // 1 = visiting, 2 = done
        for (CrateSpec c : crates) {
            visit(c, byName, state, order, new ArrayList<>());
        }
        return order;
    }

    /**
     * Fails for a dependency that is neither a crate of the module nor one of {@code external} (the
     * crates of the kernel-rust zips among the Maven dependencies).
     */
    public static void checkDependencies(List<CrateSpec> crates, Set<String> external) {
        Set<String> local = new LinkedHashSet<>();
        crates.forEach(c -> local.add(c.name()));
        for (CrateSpec c : crates) {
            for (String dep : c.deps()) {
                if (!local.contains(dep) && !external.contains(dep)) {
                    throw new KernelRustException("Crate '" + c.name() + "' depends on '" + dep
                            + "', which is not a configured crate. Configured crates: " + local + (external.isEmpty()
                                    ? "" : "; crates of the dependencies' kernel-rust artifacts: " + external)
                            + ". Add a <crate> named '" + dep + "', add the Maven dependency whose artifact has it"
                            + " (type zip, the target's triple as classifier), or fix the <deps> of '" + c.name()
                            + "'.");
                }
            }
        }
    }

    private static void visit(CrateSpec c, Map<String, CrateSpec> byName, Map<String, Integer> state,
            List<CrateSpec> order, List<String> path) {
        Integer s = state.get(c.name());
        if (s != null && s == 2) {
            return;
        }
        path.add(c.name());
        if (s != null) {
            List<String> cycle = path.subList(path.indexOf(c.name()), path.size());
            throw new KernelRustException("The crates depend on each other in a cycle: " + String.join(" -> ", cycle)
                    + ". Rust crates cannot; remove one of these dependencies.");
        }
        state.put(c.name(), 1);
        for (String dep : c.deps()) {
            if (byName.containsKey(dep)) {
                visit(byName.get(dep), byName, state, order, path);
            }
        }
        state.put(c.name(), 2);
        path.remove(path.size() - 1);
        order.add(c);
    }
}
