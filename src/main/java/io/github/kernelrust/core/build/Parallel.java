package io.github.kernelrust.core.build;

import io.github.kernelrust.core.KernelRustException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Runs the tasks of one step kind (the crates, the helper variants, the links, the targets) on up to
 * {@code jobs} threads, each once the tasks it depends on have succeeded. A failure starts
 * nothing new; once the running tasks end, the failure of the task that comes first in the given
 * order is thrown, so the error a build reports does not depend on timing.
 */
public final class Parallel {
    private static final AtomicInteger THREADS = new AtomicInteger();

    private Parallel() {
    }

    /** Independent tasks. */
    public static <T> void run(int jobs, List<T> tasks, Consumer<T> work) {
        run(jobs, tasks, t -> List.of(), work);
    }

    /**
     * @param jobs  how many tasks may run at once; 1 runs them one after another in the given order,
     *              on the calling thread
     * @param tasks in an order where each comes after what it depends on
     * @param deps  the tasks a task waits for (others than {@code tasks} are ignored)
     */
    public static <T> void run(int jobs, List<T> tasks, Function<T, Collection<T>> deps, Consumer<T> work) {
        if (jobs <= 1 || tasks.size() <= 1) {
            tasks.forEach(work);
            return;
        }
        new Schedule<>(tasks, deps, work).run(Math.min(jobs, tasks.size()));
    }

    /** The state of one run: what waits for what, what is ready, what failed. Guarded by itself. */
    private static final class Schedule<T> {
        private final List<T> tasks;
        private final Consumer<T> work;
        private final Map<T, Integer> order = new IdentityHashMap<>();
        private final Map<T, Integer> waitingFor = new IdentityHashMap<>();
        private final Map<T, List<T>> dependents = new IdentityHashMap<>();
        private final Deque<T> ready = new ArrayDeque<>();
        private final Map<Integer, Throwable> failures = new HashMap<>();
        private int running;
        private int finished;

        Schedule(List<T> tasks, Function<T, Collection<T>> deps, Consumer<T> work) {
            this.tasks = tasks;
            this.work = work;
            for (int i = 0; i < tasks.size(); i++) {
                order.put(tasks.get(i), i);
            }
            for (T t : tasks) {
                int n = 0;
                for (T d : deps.apply(t)) {
                    if (order.containsKey(d) && d != t) {
                        dependents.computeIfAbsent(d, k -> new ArrayList<>()).add(t);
                        n++;
                    }
                }
                waitingFor.put(t, n);
                if (n == 0) {
                    ready.add(t);
                }
            }
        }

        void run(int threads) {
            List<Thread> pool = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                Thread thread = new Thread(this::work, "kernel-rust-" + THREADS.incrementAndGet());
                thread.setDaemon(true);
                pool.add(thread);
                thread.start();
            }
            try {
                for (Thread thread : pool) {
                    thread.join();
                }
            } catch (InterruptedException e) {
                pool.forEach(Thread::interrupt);
                Thread.currentThread().interrupt();
                throw new KernelRustException("The build was interrupted while its steps ran.");
            }
            synchronized (this) {
                if (!failures.isEmpty()) {
                    Throwable first = failures.get(failures.keySet().stream().min(Integer::compare).orElseThrow());
                    if (first instanceof RuntimeException r) {
                        throw r;
                    }
                    if (first instanceof Error e) {
                        throw e;
                    }
                    throw new IllegalStateException(first);
                }
                if (finished < tasks.size()) {
                    throw new IllegalStateException("tasks depend on each other in a cycle: " + waitingFor);
                }
            }
        }

        /** One thread: takes ready tasks until none is left to run. */
        private void work() {
            while (true) {
                T task;
                synchronized (this) {
                    while (ready.isEmpty() && running > 0 && failures.isEmpty()) {
                        try {
                            wait();
                        } catch (InterruptedException e) {
                            return;
                        }
                    }
                    if (ready.isEmpty() || !failures.isEmpty()) {
                        notifyAll();
                        return;
                    }
                    task = ready.poll();
                    running++;
                }
                Throwable failure = null;
                try {
                    work.accept(task);
                } catch (RuntimeException | Error e) {
                    failure = e;
                }
                synchronized (this) {
                    running--;
                    if (failure != null) {
                        failures.put(order.get(task), failure);
                    } else {
                        finished++;
                        for (T next : dependents.getOrDefault(task, List.of())) {
                            if (waitingFor.merge(next, -1, Integer::sum) == 0) {
                                ready.add(next);
                            }
                        }
                    }
                    notifyAll();
                }
            }
        }
    }
}
