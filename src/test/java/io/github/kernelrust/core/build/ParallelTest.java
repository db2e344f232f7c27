package io.github.kernelrust.core.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ParallelTest {

    @Test
    void independentTasksRunAtOnce() {
        // each task waits for the other two: it can only pass when all three run together
        CyclicBarrier all = new CyclicBarrier(3);
        List<String> done = Collections.synchronizedList(new ArrayList<>());
        Parallel.run(3, List.of("a", "b", "c"), t -> {
            try {
                all.await(10, TimeUnit.SECONDS);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            done.add(t);
        });
        assertEquals(3, done.size());
    }

    @Test
    void neverRunsMoreThanJobsAtOnce() {
        AtomicInteger now = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        List<Integer> tasks = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            tasks.add(i);
        }
        // each round of three waits for all three: three run at once every round, and a fourth could
        // only be counted if it ran beside them
        CyclicBarrier round = new CyclicBarrier(3);
        Parallel.run(3, tasks, t -> {
            most.accumulateAndGet(now.incrementAndGet(), Math::max);
            await(round);
            now.decrementAndGet();
            await(round);
        });
        assertEquals(3, most.get());
    }

    @Test
    void aTaskStartsOnlyAfterWhatItDependsOn() {
        // top needs a and b; c is independent and may run beside them
        Map<String, List<String>> deps = Map.of("a", List.of(), "b", List.of(), "c", List.of(), "top",
                List.of("a", "b"));
        List<String> events = Collections.synchronizedList(new ArrayList<>());
        // b ends only after a and c have ended: top must wait for the later of its two dependencies
        CountDownLatch othersEnded = new CountDownLatch(2);
        Parallel.run(4, List.of("a", "b", "c", "top"), deps::get, t -> {
            events.add("start " + t);
            if (t.equals("b")) {
                await(othersEnded);
            }
            events.add("end " + t);
            if (t.equals("a") || t.equals("c")) {
                othersEnded.countDown();
            }
        });
        int top = events.indexOf("start top");
        assertTrue(top > events.indexOf("end a") && top > events.indexOf("end b"), events.toString());
        assertEquals(8, events.size());
    }

    @Test
    void oneJobRunsInTheGivenOrderOnTheCallingThread() {
        Thread caller = Thread.currentThread();
        List<String> order = new ArrayList<>();
        Parallel.run(1, List.of("x", "y", "z"), t -> {
            assertSame(caller, Thread.currentThread());
            order.add(t);
        });
        assertEquals(List.of("x", "y", "z"), order);
    }

    @Test
    void theFailureOfTheFirstTaskInOrderIsThrownWhateverFailedFirstInTime() {
        CountDownLatch secondFailed = new CountDownLatch(1);
        RuntimeException first = new IllegalStateException("first");
        RuntimeException thrown = assertThrows(RuntimeException.class, () -> Parallel.run(2, List.of("one", "two"),
                t -> {
                    if (t.equals("two")) {
                        secondFailed.countDown();
                        throw new IllegalStateException("second");
                    }
                    await(secondFailed);
                    throw first;
                }));
        assertSame(first, thrown);
    }

    @Test
    void afterAFailureNothingNewStarts() {
        Map<String, List<String>> deps = Map.of("bad", List.of(), "slow", List.of(), "after", List.of("bad"),
                "later", List.of("slow"));
        List<String> started = Collections.synchronizedList(new ArrayList<>());
        CountDownLatch slowStarted = new CountDownLatch(1);
        assertThrows(IllegalStateException.class, () -> Parallel.run(2, List.of("bad", "slow", "after", "later"),
                deps::get, t -> {
                    started.add(t);
                    if (t.equals("bad")) {
                        await(slowStarted);
                        throw new IllegalStateException("bad");
                    }
                    slowStarted.countDown();
                    sleep(100);
                }));
        // slow was running and ended; neither the dependent of the failure nor the task after slow began
        assertEquals(List.of("bad", "slow"), started.stream().sorted().toList());
    }

    @Test
    void theWaitEndsOnlyWhenTheRunningTasksHaveEnded() {
        AtomicInteger ended = new AtomicInteger();
        CountDownLatch slowStarted = new CountDownLatch(1);
        assertThrows(IllegalStateException.class, () -> Parallel.run(2, List.of("bad", "slow"), t -> {
            if (t.equals("bad")) {
                await(slowStarted);
                throw new IllegalStateException("bad");
            }
            slowStarted.countDown();
            sleep(150);
            ended.incrementAndGet();
        }));
        // no tool of the failed build is left running behind the error
        assertEquals(1, ended.get());
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void await(CyclicBarrier barrier) {
        try {
            barrier.await(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            assertTrue(latch.await(10, TimeUnit.SECONDS));
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
