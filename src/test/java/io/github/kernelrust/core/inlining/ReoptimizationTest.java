package io.github.kernelrust.core.inlining;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.kernelrust.core.Captured;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Which functions finish=selective optimizes again, on the example's real IR (see reoptimize/README.md). */
class ReoptimizationTest {

    private static IrModule fixture(String name) {
        return IrModule.parse(Captured.text("reoptimize/" + name));
    }

    private static final IrModule CRATE = fixture("rustc-1.95-refcount-example.ll");
    private static final IrModule HELPERS = fixture("clang-22-refcount-example-helpers.ll");

    @Test
    void aHelperBodyOrdersMemoryWhenItHoldsAnAtomicReadModifyWriteOrAFence() {
        // lock xadd / lock cmpxchg / lock or and and
        for (String h : List.of("rust_helper_refcount_inc", "rust_helper_atomic_add_unless", "rust_helper_set_bit",
                "rust_helper_clear_bit", "rust_helper_test_and_set_bit", "rust_helper_spin_lock")) {
            assertTrue(HELPERS.function(h).orElseThrow().body().ordersMemory(), h);
        }
        // plain and volatile accesses, relaxed loads, a release store (a plain mov on x86-64)
        for (String h : List.of("rust_helper_test_bit", "rust_helper_list_add", "rust_helper_list_del",
                "rust_helper_refcount_read", "rust_helper_spin_unlock", "rust_helper_INIT_LIST_HEAD")) {
            assertFalse(HELPERS.function(h).orElseThrow().body().ordersMemory(), h);
        }
    }

    @Test
    void aBodyListsTheFunctionsItCallsByName() {
        assertEquals(Set.of("rust_helper_set_bit", "rust_helper_test_bit", "rust_helper_clear_bit"),
                CRATE.function("rust_bit_set_clear_loop").orElseThrow().body().calls());
        assertEquals(Set.of(), CRATE.function("rust_helper_set_bit").orElseThrow().body().calls());
        assertEquals(IrModule.Body.NONE, CRATE.function("rust_helper_set_bit").orElseThrow().body());
    }

    @Test
    void functionsThatCallAHelperWithoutAtomicsAreOptimizedAgainAndTheOthersKept() {
        Reoptimization r = Reoptimization.of(CRATE, HELPERS);

        // set_bit and clear_bit are locked, test_bit is a plain load: the loop gets -O2's passes again
        assertTrue(r.reoptimized().contains("rust_bit_set_clear_loop"), r.toString());
        assertTrue(r.reoptimized().containsAll(List.of("rust_list_add_del_loop", "rust_spin_lock_unlock_loop",
                "rust_test_bit", "rust_refcount_read")), r.toString());
        assertEquals(List.of("rust_atomic_add_unless", "rust_atomic_add_unless_loop", "rust_clear_bit",
                "rust_refcount_get_put_loop", "rust_refcount_inc_loop", "rust_refcount_put", "rust_set_bit",
                "rust_test_and_set_bit_loop"), r.kept());
        assertTrue(r.mixed());
        assertEquals(List.of(), r.hadNoInline());
    }

    @Test
    void focusedOptimizesAgainEveryFunctionThatCallsAHelperAndKeepsTheOthers() {
        Reoptimization r = Reoptimization.callers(CRATE, HELPERS);

        // every function of the example calls a helper, the locked ones included: nothing is kept
        assertTrue(r.reoptimized().containsAll(List.of("rust_bit_set_clear_loop", "rust_atomic_add_unless_loop",
                "rust_refcount_inc_loop", "rust_test_and_set_bit_loop", "rust_list_add_del_loop")), r.toString());
        assertEquals(List.of(), r.kept());
        assertFalse(r.mixed());

        IrModule crate = IrModule.parse("""
                declare void @rust_helper_refcount_inc(ptr)

                define void @takes_a_ref(ptr %r) {
                  call void @rust_helper_refcount_inc(ptr %r)
                  ret void
                }

                define i32 @plain(i32 %x) {
                  %y = add i32 %x, 1
                  ret i32 %y
                }
                """);
        Reoptimization mixed = Reoptimization.callers(crate, HELPERS);
        assertEquals(List.of("takes_a_ref"), mixed.reoptimized());
        assertEquals(List.of("plain"), mixed.kept());
        assertTrue(mixed.mixed());
    }

    @Test
    void focusedNamesTheCFunctionsTheHelpersCallThatAnInlinerMayInline() {
        // the example's helpers call only refcount_warn_saturate, cold and noinline: no inliner needed
        assertEquals(List.of(), Reoptimization.callers(CRATE, HELPERS).inlinable());

        // liburcu's shape: the dequeue helper calls a static C function clang left as a call
        IrModule helpers = IrModule.parse("""
                define internal ptr @shared_dequeue(ptr %h, i32 %state) {
                  %n = load ptr, ptr %h
                  ret ptr %n
                }

                define internal void @warn_cold(ptr %h) #1 {
                  ret void
                }

                define ptr @rust_helper_dequeue(ptr %h) #0 {
                  %n = call ptr @shared_dequeue(ptr %h, i32 0)
                  call void @warn_cold(ptr %h)
                  call void @rust_helper_init(ptr %h)
                  ret ptr %n
                }

                define void @rust_helper_init(ptr %h) #0 {
                  store ptr null, ptr %h
                  ret void
                }

                attributes #0 = { alwaysinline nounwind }
                attributes #1 = { cold noinline nounwind }
                """);
        IrModule crate = IrModule.parse("""
                declare ptr @rust_helper_dequeue(ptr)

                define void @drain(ptr %h) {
                  %n = call ptr @rust_helper_dequeue(ptr %h)
                  ret void
                }
                """);

        Reoptimization r = Reoptimization.callers(crate, helpers);

        // not the cold noinline one, not the other helper (always-inline inlines it anyway)
        assertEquals(List.of("shared_dequeue"), r.inlinable());
        assertEquals(List.of("drain"), r.reoptimized());
        // selective's choice does not look for them
        assertEquals(List.of(), Reoptimization.of(crate, helpers).inlinable());
    }

    @Test
    void aFunctionThatCallsNoHelperIsKept() {
        IrModule alone = IrModule.parse("define i32 @plain(i32 %x) {\n  %y = add i32 %x, 1\n  ret i32 %y\n}\n");
        assertEquals(List.of("plain"), Reoptimization.of(alone, HELPERS).kept());
    }

    @Test
    void theMarksAreOptnoneAndNoinlineAndComeOffAgainExceptANoinlineThatWasThere() {
        IrModule crate = IrModule.parse("""
                declare i32 @rust_helper_refcount_inc(ptr)

                define void @cold(ptr %r) #0 {
                  call void @rust_helper_refcount_inc(ptr %r)
                  ret void
                }

                define void @hot(ptr %r) {
                  call void @rust_helper_refcount_inc(ptr %r)
                  ret void
                }

                attributes #0 = { cold noinline nounwind }
                """);

        Reoptimization r = Reoptimization.of(crate, HELPERS);

        assertEquals(List.of("cold", "hot"), r.kept());
        assertEquals(List.of("cold"), r.hadNoInline());
        assertEquals(List.of("-force-attribute=cold:optnone", "-force-attribute=cold:noinline",
                "-force-attribute=hot:optnone", "-force-attribute=hot:noinline"), r.pinArguments());
        assertEquals(List.of("-force-remove-attribute=cold:optnone", "-force-remove-attribute=hot:optnone",
                "-force-remove-attribute=hot:noinline"), r.unpinArguments());
        assertFalse(r.mixed());
    }

    @Test
    void functionsThatCannotBeMarkedAreOptimizedAgain() {
        IrModule crate = IrModule.parse("""
                declare i32 @rust_helper_refcount_inc(ptr)

                define void @always(ptr %r) #0 {
                  tail call void @rust_helper_refcount_inc(ptr %r)
                  ret void
                }

                define void @"has space"(ptr %r) {
                  call void @rust_helper_refcount_inc(ptr %r)
                  ret void
                }

                define void @already(ptr %r) #1 {
                  call void @rust_helper_refcount_inc(ptr %r)
                  ret void
                }

                attributes #0 = { alwaysinline nounwind }
                attributes #1 = { noinline optnone }
                """);

        Reoptimization r = Reoptimization.of(crate, HELPERS);

        // alwaysinline cannot take noinline, optnone would be taken off, a quoted name could be misread
        assertEquals(List.of("already", "always", "has space"), r.reoptimized());
        assertEquals(List.of(), r.kept());
    }

    @Test
    void inlineAssemblyAndSequentiallyConsistentStoresOrderMemory() {
        IrModule m = IrModule.parse("""
                define void @asm(ptr %p) {
                  call void asm sideeffect "lock; incl $0", "=*m,*m,~{memory}"(ptr elementtype(i32) %p, ptr elementtype(i32) %p)
                  ret void
                }

                define void @sc(ptr %p) {
                  store atomic i32 1, ptr %p seq_cst, align 4
                  ret void
                }

                define void @release(ptr %p) {
                  store atomic i32 1, ptr %p release, align 4
                  %v = load atomic i32, ptr %p acquire, align 4
                  ret void
                }

                define void @cas(ptr %p) {
                  %r = cmpxchg ptr %p, i32 0, i32 1 acquire monotonic, align 4
                  ret void
                }
                """);

        assertTrue(m.function("asm").orElseThrow().body().ordersMemory());
        assertTrue(m.function("sc").orElseThrow().body().ordersMemory());
        assertFalse(m.function("release").orElseThrow().body().ordersMemory());
        assertTrue(m.function("cas").orElseThrow().body().ordersMemory());
    }
}
