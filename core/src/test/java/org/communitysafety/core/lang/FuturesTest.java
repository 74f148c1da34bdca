package org.communitysafety.core.lang;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;

final class FuturesTest {
    @Test
    void join_taskThatReturns_givesItsResult() {
        assertThat(Futures.join(CompletableFuture.supplyAsync(() -> 42))).isEqualTo(42);
    }

    @Test
    void join_taskThatThrowsARuntimeException_rethrowsItUnwrapped() {
        IllegalArgumentException bad = new IllegalArgumentException("unit index 9 is outside 0..3");

        var e = assertThrows(IllegalArgumentException.class, () -> Futures.join(CompletableFuture.supplyAsync(() -> {
            throw bad;
        })));

        assertSame(bad, e);
    }

    @Test
    void join_taskThatThrowsAnError_rethrowsItUnwrapped() {
        OutOfMemoryError oom = new OutOfMemoryError("Java heap space");

        assertSame(oom, assertThrows(OutOfMemoryError.class, () -> Futures.join(CompletableFuture.supplyAsync(() -> {
            throw oom;
        }))));
    }

    @Test
    void join_checkedCause_staysWrappedInTheCompletionException() {
        CompletableFuture<Integer> f = new CompletableFuture<>();
        IOException io = new IOException("disk full");
        f.completeExceptionally(io);

        var e = assertThrows(CompletionException.class, () -> Futures.join(f));

        assertSame(io, e.getCause());
    }
}
