package io.github.kernelrust.core.inlining;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What a final link still needs, from nm listings shaped as llvm-nm and GNU nm print them. */
class LinkNeedsTest {
    // llvm-nm of a crate object whose inlined helper calls CPython (rust_helper_Py_DECREF -> _Py_Dealloc)
    private static final String PY = """
            0000000000000000 T py_add_one
                             U PyLong_FromLong
                             U _Py_Dealloc
                             U _RNvNtCs1vaSq5Wz8hB_4core9panicking5panic
                             U kr_shared_util
                             w __gmon_start__
            0000000000000010 t local_helper
            """;
    private static final String OTHER_CRATE = """
            0000000000000000 T kr_shared_util
            """;

    @Test
    void theObjectNeedsWhatNeitherTheBuildNorRustsLibrariesDefine() {
        Map<String, String> finals = new LinkedHashMap<>();
        finals.put("py.o", PY);
        finals.put("shared.o", OTHER_CRATE);

        LinkNeeds needs = LinkNeeds.of(finals, List.of(), Set.of("_RNvNtCs1vaSq5Wz8hB_4core9panicking5panic"),
                List.of("/sysroot/libcore-1.rlib"), List.of("-lpython3.11"));

        assertEquals(List.of("PyLong_FromLong", "_Py_Dealloc"), needs.byObject().get("py.o"));
        assertEquals(List.of(), needs.byObject().get("shared.o"));
        assertEquals(1, needs.fromRustLibraries().get("py.o"));
        assertEquals(List.of("/sysroot/libcore-1.rlib"), needs.rustLibraries());
        assertEquals(List.of("-lpython3.11"), needs.linkFlags());
        assertFalse(needs.isEmpty());
    }

    @Test
    void coreBuiltFromSourceAndTheHelperObjectCountAsTheBuilds() {
        String core = "0000000000000000 T _RNvNtCs1vaSq5Wz8hB_4core9panicking5panic\n";
        String helpers = "0000000000000000 T PyLong_FromLong\n0000000000000020 W _Py_Dealloc\n";

        LinkNeeds needs = LinkNeeds.of(Map.of("py.o", PY), List.of(core, helpers, OTHER_CRATE), Set.of(), List.of(),
                List.of());

        assertEquals(List.of(), needs.byObject().get("py.o"));
        assertEquals(List.of(), needs.rustLibraries());
        assertTrue(needs.isEmpty());
    }

    @Test
    void readsGnuNmToo() {
        String gnu = "                 U memcpy\n0000000000000000 T rust_kr_scale\n0000000000000000 r .LCPI0_0\n";

        assertEquals(Set.of("memcpy"), LinkNeeds.undefined(gnu));
        assertEquals(Set.of("rust_kr_scale"), LinkNeeds.defined(gnu));
    }
}
