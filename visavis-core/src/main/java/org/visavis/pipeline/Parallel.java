package org.visavis.pipeline;

import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.function.Function;

/**
 * Work spread over the processors: one pool of as many threads as there are processors, for
 * tagging and checking the sentences of a project. Calls may nest (a check in parallel with the
 * others checks its sentences in parallel): the inner work joins the same pool.
 *
 * <pre>{@code
 * List<List<TaggedToken>> tokens = Parallel.map(sentences, tagger::tag, progress);
 * }</pre>
 */
public final class Parallel {
    private static final ForkJoinPool POOL = new ForkJoinPool(Math.max(1, Runtime.getRuntime().availableProcessors()));

    private Parallel() {
    }

    /** {@code f} of every item, in the items' order; stops with CancelledException when the progress is cancelled. */
    public static <T, R> List<R> map(List<T> items, Function<? super T, ? extends R> f, Progress progress) {
        return run(() -> items.parallelStream().<R>map(item -> {
            progress.checkCancelled();
            return f.apply(item);
        }).toList());
    }

    /** Runs the tasks at once and returns their results in order. */
    public static <R> List<R> all(List<java.util.function.Supplier<R>> tasks, Progress progress) {
        return map(tasks, java.util.function.Supplier::get, progress);
    }

    private static <R> R run(java.util.function.Supplier<R> work) {
        if (ForkJoinTask.inForkJoinPool() && ForkJoinTask.getPool() == POOL) {
            return work.get();
        }
        try {
            return POOL.submit(work::get).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancelledException();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(e.getCause());
        }
    }
}
