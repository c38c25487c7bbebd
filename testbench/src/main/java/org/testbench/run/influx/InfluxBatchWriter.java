package org.testbench.run.influx;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Buffers points and writes them to InfluxDB in batches: one POST whenever {@code batchSize}
 * points are waiting, and for the rest on {@link #flush()} or {@link #close()}.
 *
 * <p>Nothing is dropped: a failed POST throws and leaves its batch at the head of the buffer,
 * so a later {@link #flush()} (or the next full batch) sends it again; repeating a write is
 * harmless because InfluxDB overwrites a point with the same series and timestamp. While the
 * server is unreachable the buffer grows.
 *
 * <p>Thread-safe. Only the thread whose point fills a batch waits for the POST; other threads
 * keep adding meanwhile, and at most one POST is in flight, so batches arrive in order.
 */
public final class InfluxBatchWriter implements AutoCloseable {

    /** Points per POST unless told otherwise: about 1 MB of line protocol for typical samples. */
    public static final int DEFAULT_BATCH_SIZE = 5000;

    private final InfluxV1Client client;
    private final int batchSize;
    private final List<LinePoint> buffer = new ArrayList<>();
    /** Held while sending; only its holder removes points, always from the head of the buffer. */
    private final ReentrantLock sending = new ReentrantLock();
    private final AtomicLong written = new AtomicLong();
    private boolean closed;

    /**
     * A writer with batches of {@value #DEFAULT_BATCH_SIZE} points.
     *
     * @param client where the points go
     */
    public InfluxBatchWriter(InfluxV1Client client) {
        this(client, DEFAULT_BATCH_SIZE);
    }

    /**
     * @param client    where the points go
     * @param batchSize points per POST, at least 1
     */
    public InfluxBatchWriter(InfluxV1Client client, int batchSize) {
        this.client = Objects.requireNonNull(client, "client");
        if (batchSize < 1) {
            throw new IllegalArgumentException("batch size must be at least 1, was " + batchSize);
        }
        this.batchSize = batchSize;
    }

    /**
     * Buffers a point and, when that completes a batch, sends the full batches (unless another
     * thread is sending right now; it or the next add will).
     *
     * @param point the point
     * @throws InfluxException when a POST fails; the point and the unsent batches stay buffered
     * @throws IllegalStateException after {@link #close()}
     */
    public void add(LinePoint point) throws InfluxException {
        Objects.requireNonNull(point, "point");
        boolean full;
        synchronized (buffer) {
            if (closed) {
                throw new IllegalStateException("InfluxDB batch writer for " + client.baseUrl() + " database '"
                        + client.database() + "' is closed");
            }
            buffer.add(point);
            full = buffer.size() >= batchSize;
        }
        if (full && sending.tryLock()) {
            try {
                while (pending() >= batchSize) {
                    sendHead(batchSize);
                }
            } finally {
                sending.unlock();
            }
        }
    }

    /**
     * Sends every point buffered when called, in batches, waiting for a POST in flight first.
     *
     * @throws InfluxException when a POST fails; what was not sent stays buffered
     */
    public void flush() throws InfluxException {
        sending.lock();
        try {
            int remaining = pending();
            while (remaining > 0) {
                int count = Math.min(batchSize, remaining);
                sendHead(count);
                remaining -= count;
            }
        } finally {
            sending.unlock();
        }
    }

    /** @return the points InfluxDB has accepted so far */
    public long pointsWritten() {
        return written.get();
    }

    /** @return the points buffered and not yet accepted */
    public int pending() {
        synchronized (buffer) {
            return buffer.size();
        }
    }

    /**
     * Refuses further points, then flushes. When the final POST fails the points stay buffered
     * and {@link #flush()} (or {@code close()} again) may retry.
     *
     * @throws InfluxException when the final POST fails
     */
    @Override
    public void close() throws InfluxException {
        synchronized (buffer) {
            closed = true;
        }
        flush();
    }

    /** Must hold {@link #sending}: the head of the buffer cannot change under it. */
    private void sendHead(int count) throws InfluxException {
        List<LinePoint> batch;
        synchronized (buffer) {
            batch = List.copyOf(buffer.subList(0, count));
        }
        client.write(batch);
        synchronized (buffer) {
            buffer.subList(0, count).clear();
        }
        written.addAndGet(count);
    }
}
