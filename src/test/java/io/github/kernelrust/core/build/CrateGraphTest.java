package io.github.kernelrust.core.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.kernelrust.core.KernelRustException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class CrateGraphTest {

    private static CrateSpec crate(String name, String... deps) {
        return new CrateSpec(name, Path.of(name, "lib.rs"), List.of(deps), true, HelperVariant.DEFAULT, "2021",
                List.of());
    }

    private static List<String> order(CrateSpec... crates) {
        return CrateGraph.buildOrder(List.of(crates)).stream().map(CrateSpec::name).toList();
    }

    private static String failure(CrateSpec... crates) {
        return assertThrows(KernelRustException.class, () -> CrateGraph.buildOrder(List.of(crates))).getMessage();
    }

    @Test
    void keepsTheConfiguredOrderWhenNoCrateDependsOnAnother() {
        assertEquals(List.of("zeta", "alpha", "mid"), order(crate("zeta"), crate("alpha"), crate("mid")));
    }

    @Test
    void putsEachCrateAfterTheCratesItDependsOn() {
        assertEquals(List.of("kernel", "bindings", "driver"),
                order(crate("driver", "kernel", "bindings"), crate("bindings", "kernel"), crate("kernel")));
    }

    @Test
    void movesOnlyWhatDependenciesRequire() {
        assertEquals(List.of("first", "base", "app", "last"),
                order(crate("first"), crate("app", "base"), crate("base"), crate("last")));
    }

    @Test
    void aCrateSharedByTwoOthersIsBuiltOnce() {
        assertEquals(List.of("core_x", "a", "b"), order(crate("a", "core_x"), crate("b", "core_x"), crate("core_x")));
    }

    private static String unknown(java.util.Set<String> external, CrateSpec... crates) {
        return assertThrows(KernelRustException.class,
                () -> CrateGraph.checkDependencies(List.of(crates), external)).getMessage();
    }

    @Test
    void anUnknownDependencyNamesBothCrates() {
        String message = unknown(java.util.Set.of(), crate("app", "kernal"), crate("kernel"));

        assertTrue(message.contains("Crate 'app' depends on 'kernal'"), message);
        assertTrue(message.contains("[app, kernel]"), message);
    }

    @Test
    void aCrateOfADependencysArtifactIsKnownAndOrdersNothing() {
        CrateGraph.checkDependencies(List.of(crate("app", "upstream", "base"), crate("base")),
                java.util.Set.of("upstream"));

        assertEquals(List.of("base", "app"), order(crate("app", "upstream", "base"), crate("base")));
    }

    @Test
    void anUnknownDependencyListsTheArtifactsCratesToo() {
        String message = unknown(java.util.Set.of("upstream"), crate("app", "upstraem"));

        assertTrue(message.contains("Crate 'app' depends on 'upstraem'"), message);
        assertTrue(message.contains("crates of the dependencies' kernel-rust artifacts: [upstream]"), message);
    }

    @Test
    void aCycleIsShownAsAChain() {
        String message = failure(crate("a", "b"), crate("b", "a"));

        assertTrue(message.contains("cycle: a -> b -> a."), message);
    }

    @Test
    void aLongerCycleIsShownFromWhereItCloses() {
        String message = failure(crate("app", "a"), crate("a", "b"), crate("b", "c"), crate("c", "a"));

        assertTrue(message.contains("cycle: a -> b -> c -> a."), message);
    }

    @Test
    void aSelfDependencyIsACycle() {
        String message = failure(crate("a", "a"));

        assertTrue(message.contains("cycle: a -> a."), message);
    }

    @Test
    void duplicateNamesAreRejected() {
        String message = failure(crate("kernel"), crate("app"), crate("kernel"));

        assertTrue(message.contains("Two crates are named 'kernel'"), message);
    }

    @Test
    void aCrateNameMustBeARustIdentifier() {
        KernelRustException e = assertThrows(KernelRustException.class, () -> crate("my-crate"));

        assertTrue(e.getMessage().contains("'my-crate'"), e.getMessage());
    }

    @Test
    void noCratesIsAnEmptyOrder() {
        assertEquals(List.of(), order());
    }
}
