package dev.kopru.sync.pipeline;

import dev.kopru.core.connector.Page;
import dev.kopru.core.model.CanonicalRecord;
import dev.kopru.sync.write.RecordKeys;
import dev.kopru.sync.write.WriteResult;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.FutureTask;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.slf4j.MDC;

/**
 * How a run writes one page: the page's store work done ahead ({@code prepare}), its records written by up to
 * {@code writers} virtual threads at once, and what the writes left to commit committed ({@code flush}) once every
 * record has an outcome, before the page's cursor commits. When a failure (a crash, a fenced node) stops the page,
 * what was prepared for records whose writes never started is taken back ({@code unprepare}): nothing was sent. The writer keeps records of one source key (and one
 * natural key) apart; the connection's shared rate limiter paces the threads' calls.
 */
record PageWrites<T extends CanonicalRecord>(Consumer<List<T>> prepare, Function<T, WriteResult> write,
                                             Runnable flush, Runnable unprepare, int writers) {

    /** One record at a time, nothing batched (two-way runs). */
    static <T extends CanonicalRecord> PageWrites<T> oneByOne(Function<T, WriteResult> write) {
        return new PageWrites<>(page -> { }, write, () -> { }, () -> { }, 1);
    }

    /** The same page writes, each record written by {@code other}. */
    PageWrites<T> withWrite(Function<T, WriteResult> other) {
        return new PageWrites<>(prepare, other, flush, unprepare, writers);
    }

    /** Writes every record of {@code records}; the first failure (a crash, a fenced node) is rethrown. */
    void write(List<T> records, RunTally tally, UnaryOperator<WriteResult> logged) {
        prepare.accept(records);
        Throwable failed = writers <= 1 || records.size() <= 1 ? inTurn(records, tally, logged)
                : concurrently(records, tally, logged);
        try {
            flush.run();
            if (failed != null) {
                unprepare.run();
            }
        } catch (RuntimeException | Error e) {
            if (failed == null) {
                throw e;
            }
            failed.addSuppressed(e);
        }
        switch (failed) {
            case null -> { }
            case RuntimeException e -> throw e;
            case Error e -> throw e;
            default -> throw new IllegalStateException(failed);
        }
    }

    private Throwable inTurn(List<T> records, RunTally tally, UnaryOperator<WriteResult> logged) {
        try {
            records.forEach(r -> one(r, tally, logged));
            return null;
        } catch (RuntimeException | Error e) {
            return e;
        }
    }

    private Throwable concurrently(List<T> records, RunTally tally, UnaryOperator<WriteResult> logged) {
        Map<String, String> context = MDC.getCopyOfContextMap();
        Semaphore free = new Semaphore(writers);
        AtomicReference<Throwable> failed = new AtomicReference<>();
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            for (T record : records) {
                free.acquireUninterruptibly();
                if (failed.get() != null) {
                    break; // the rest of the page has no outcome: its cursor does not commit
                }
                threads.execute(() -> {
                    if (context != null) {
                        MDC.setContextMap(context);
                    }
                    try {
                        one(record, tally, logged);
                    } catch (RuntimeException | Error e) {
                        failed.compareAndSet(null, e);
                    } finally {
                        free.release();
                    }
                });
            }
        }
        return failed.get();
    }

    private void one(T record, RunTally tally, UnaryOperator<WriteResult> logged) {
        tally.read();
        // every log line about this record (the engine's, the connector's) names the run and the record
        MDC.put(PipelineRunner.RECORD_KEY, RecordKeys.keyOf(record));
        try {
            tally.add(logged.apply(write.apply(record)));
        } finally {
            MDC.remove(PipelineRunner.RECORD_KEY);
        }
    }

    /** The next page, read on a virtual thread of its own while the current one is written. */
    static <T> ReadAhead<T> readAhead(Supplier<Page<T>> read) {
        Map<String, String> context = MDC.getCopyOfContextMap();
        FutureTask<Page<T>> task = new FutureTask<>(() -> {
            if (context != null) {
                MDC.setContextMap(context);
            }
            return read.get();
        });
        Thread.ofVirtual().name("kopru-read-ahead").start(task);
        return new ReadAhead<>(task);
    }

    /** A page being read. */
    record ReadAhead<T>(FutureTask<Page<T>> task) {

        Page<T> join() {
            try {
                return task.get();
            } catch (ExecutionException e) {
                switch (e.getCause()) {
                    case RuntimeException r -> throw r;
                    case Error r -> throw r;
                    default -> throw new IllegalStateException(e.getCause());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while reading the next page", e);
            }
        }

        void cancel() {
            task.cancel(true);
        }
    }
}
