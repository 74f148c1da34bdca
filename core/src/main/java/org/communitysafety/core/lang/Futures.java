package org.communitysafety.core.lang;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Waiting for work run on other threads as if it had run on this one: {@link #join} rethrows
 * what the task threw, not a {@link CompletionException} wrapping it, so a bad value found on a
 * pool thread reaches the caller as the same {@link IllegalArgumentException} it would have
 * been on the calling thread.
 *
 * <p>Stateless and thread-safe.
 */
public final class Futures {
    private Futures() {}

    /**
     * The result of {@code future}, waiting for it; if the task threw a {@link RuntimeException}
     * or an {@link Error}, that is thrown here unwrapped (a checked cause stays wrapped in the
     * {@link CompletionException}).
     */
    public static <T> T join(CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            throw unwrap(e);
        }
    }

    /**
     * A fixed pool of {@code threads} daemon threads named {@code name}, for work that a caller
     * waits for and then shuts down ({@code shutdownNow} in a {@code finally}): daemon, so that a
     * pool left behind by an exception never keeps the JVM alive.
     */
    public static ExecutorService daemonPool(String name, int threads) {
        return Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        });
    }

    /**
     * {@link #join} for a plain {@link Future}, such as an executor's: the result, waiting for
     * it; what the task threw is thrown here as {@link #join} throws it. An interruption while
     * waiting sets the thread's interrupt flag again and is thrown as a {@link CompletionException}.
     */
    public static <T> T get(Future<T> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CompletionException("interrupted while waiting for a task", e);
        } catch (ExecutionException e) {
            throw unwrap(new CompletionException(e.getCause()));
        }
    }

    /**
     * The cause of {@code e} when it is a {@link RuntimeException} (thrown as is) or an {@link
     * Error} (thrown); otherwise {@code e} itself, to be thrown by the caller.
     */
    public static RuntimeException unwrap(CompletionException e) {
        if (e.getCause() instanceof RuntimeException r) {
            return r;
        }
        if (e.getCause() instanceof Error err) {
            throw err;
        }
        return e;
    }
}
