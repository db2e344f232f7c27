package io.github.kernelrust.core.build;

import io.github.kernelrust.core.KernelRustException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Orders crates so that each comes after the crates it depends on. */
final class CrateGraph {
    private CrateGraph() {
    }

    /**
     * The crates in build order, keeping the configured order where dependencies allow.
     *
     * @throws KernelRustException for a duplicate name, an unknown dependency or a cycle, naming the crates
     */
    public static List<CrateSpec> buildOrder(List<CrateSpec> crates) {
        Map<String, CrateSpec> byName = new LinkedHashMap<>();
        for (CrateSpec c : crates) {
            if (byName.put(c.name(), c) != null) {
                throw new KernelRustException("Two crates are named '" + c.name() + "'. Crate names must be unique.");
            }
        }
        for (CrateSpec c : crates) {
            for (String dep : c.deps()) {
                if (!byName.containsKey(dep)) {
                    throw new KernelRustException("Crate '" + c.name() + "' depends on '" + dep
                            + "', which is not a configured crate. Configured crates: " + byName.keySet()
                            + ". Add a <crate> named '" + dep + "' or fix the <deps> of '" + c.name() + "'.");
                }
            }
        }
        List<CrateSpec> order = new ArrayList<>();
        Map<String, Integer> state = new LinkedHashMap<>(); // 1 = visiting, 2 = done
        for (CrateSpec c : crates) {
            visit(c, byName, state, order, new ArrayList<>());
        }
        return order;
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
            visit(byName.get(dep), byName, state, order, path);
        }
        state.put(c.name(), 2);
        path.remove(path.size() - 1);
        order.add(c);
    }
}
