package org.visavis.project;

import java.util.function.Consumer;

/**
 * The moments of a save, named one by one (a file created, synced, renamed, deleted), so that a
 * fault-injection test can stop the writer at the k-th one, as a kill or a failing disk would.
 * Nothing listens outside such tests.
 *
 * <pre>{@code
 * WriteSteps.listen(step -> { if (++count == k) throw new IllegalStateException("injected at " + step); });
 * }</pre>
 */
public final class WriteSteps {
    private static volatile Consumer<String> listener = step -> { };

    private WriteSteps() {
    }

    /** Calls {@code l} at every later step of every write in this JVM (fault-injection tests only). */
    public static void listen(Consumer<String> l) {
        listener = l == null ? step -> { } : l;
    }

    static void step(String what) {
        listener.accept(what);
    }
}
