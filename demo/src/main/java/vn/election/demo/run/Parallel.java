package vn.election.demo.run;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

/** Runs one request per item on a few threads, as many offices would at once; the first failure stops the step. */
public final class Parallel implements AutoCloseable {

    private final ExecutorService pool;

    public Parallel(int threads) {
        this.pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "demo-client");
            t.setDaemon(true);
            return t;
        });
    }

    /** The results in the order of {@code items}. */
    public <T, R> List<R> map(List<T> items, Function<T, R> work) {
        List<Future<R>> futures = new ArrayList<>(items.size());
        items.forEach(item -> futures.add(pool.submit(() -> work.apply(item))));
        List<R> out = new ArrayList<>(items.size());
        try {
            for (Future<R> f : futures) {
                out.add(f.get());
            }
        } catch (ExecutionException e) {
            futures.forEach(f -> f.cancel(true));
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return out;
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
