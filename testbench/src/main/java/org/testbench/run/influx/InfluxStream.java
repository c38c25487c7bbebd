package org.testbench.run.influx;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Streams points to InfluxDB without ever holding up or failing the producer because of the
 * server: points are batched by size ({@link StreamSettings#batchSize()}) and by time
 * ({@link StreamSettings#linger()}) and written by one sender thread. A write that fails goes to
 * the disk {@link InfluxSpool} and is retried with exponential backoff; while the spool holds
 * anything, new batches queue behind it on disk, so memory stays bounded by
 * {@link StreamSettings#maxBuffered()} and the server receives every point in the order produced.
 *
 * <p>Every point gets a sequence number when added; spool segments are named by it. Only the
 * newest points are ever in memory: the sender takes batches from the head and the spool holds
 * older ones, so "spool first, then memory, each in sequence order" is the production order.
 *
 * <p>{@link #finish()} sends what is left and, if the server stays unreachable for
 * {@link StreamSettings#giveUp()}, leaves the rest in the spool for {@code testbench influx flush}.
 * Thread-safe: any thread may {@link #add} points.
 */
public final class InfluxStream {

    private static final Logger LOG = LoggerFactory.getLogger(InfluxStream.class);

    /**
     * What became of the points added.
     *
     * @param added    points added
     * @param written  points the server accepted
     * @param spooled  points waiting in the spool
     * @param rejected points the server refused for good (kept in the spool's {@code rejected/})
     * @param lost     points neither written nor spooled because the spool could not be written
     * @param lastFailure the last write failure, or "" when there was none
     */
    public record Tally(long added, long written, long spooled, long rejected, long lost, String lastFailure) {
    }

    private final InfluxEndpoint endpoint;
    private final InfluxSpool spool;
    private final StreamSettings settings;
    private final Object lock = new Object();
    /** The newest points, in order; the head's sequence number is {@code nextSeq - memory.size()}. */
    private final ArrayDeque<String> memory = new ArrayDeque<>();
    private final Thread sender;
    private long nextSeq;
    private long oldestAddedAt;
    private boolean closing;
    /** A thread waited {@link StreamSettings#stall()} in vain: spool at once until a write succeeds. */
    private boolean spillAtOnce;
    private long retryAt;
    private long backoffNanos;
    private long lastProgressAt;
    private long written;
    private long rejected;
    private long lost;
    private String lastFailure = "";

    /**
     * Starts the sender thread.
     *
     * @param endpoint where the points go
     * @param spool    where they wait while the server cannot take them
     * @param settings batching, memory and retry settings
     */
    public InfluxStream(InfluxEndpoint endpoint, InfluxSpool spool, StreamSettings settings) {
        this.endpoint = Objects.requireNonNull(endpoint, "endpoint");
        this.spool = Objects.requireNonNull(spool, "spool");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.sender = new Thread(this::sendUntilFinished, "influx-sender");
        sender.setDaemon(true);
        sender.start();
    }

    /**
     * Queues one point. Returns at once unless memory is full while a write is in flight; then it
     * waits at most {@link StreamSettings#stall()} before moving the queued points to the spool.
     *
     * @param line the point as line protocol, without a line break
     * @throws IllegalStateException after {@link #finish()}
     */
    public void add(String line) {
        Objects.requireNonNull(line, "line");
        synchronized (lock) {
            if (closing) {
                throw new IllegalStateException("the stream to " + endpoint.describe() + " is finished");
            }
            if (memory.size() >= settings.maxBuffered()) {
                makeRoom();
            }
            if (memory.isEmpty()) {
                oldestAddedAt = System.nanoTime();
            }
            memory.addLast(line);
            nextSeq++;
            if (memory.size() == settings.batchSize()) {
                lock.notifyAll();
            }
        }
    }

    /** @return the counts so far */
    public Tally tally() {
        synchronized (lock) {
            return new Tally(nextSeq, written, spool.points(), rejected, lost, lastFailure);
        }
    }

    /**
     * Sends what is queued, retrying while writes succeed or until the server has refused for
     * {@link StreamSettings#giveUp()}; then moves whatever is left to the spool and stops.
     *
     * @return the final counts
     */
    public Tally finish() {
        synchronized (lock) {
            closing = true;
            lastProgressAt = System.nanoTime();
            lock.notifyAll();
        }
        boolean interrupted = false;
        while (sender.isAlive()) {
            try {
                sender.join();
            } catch (InterruptedException e) {
                // The run is being stopped: finishing is what leaves the points safe, so it goes on.
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        endpoint.close();
        return tally();
    }

    /**
     * Must hold the lock. While the server keeps up, waits for the sender to take a batch; while
     * the spool holds anything, or after a wait in vain, moves memory to the spool at once.
     */
    private void makeRoom() {
        if (!spillAtOnce && spool.isEmpty()) {
            long deadline = System.nanoTime() + settings.stall().toNanos();
            long left;
            while (memory.size() >= settings.maxBuffered() && (left = deadline - System.nanoTime()) > 0) {
                if (!waitOnLock(left)) {
                    break;
                }
            }
            spillAtOnce = memory.size() >= settings.maxBuffered();
        }
        if (memory.size() >= settings.maxBuffered()) {
            spill(memory.size());
        }
    }

    private void sendUntilFinished() {
        while (true) {
            Runnable job;
            synchronized (lock) {
                job = nextJob();
            }
            if (job == null) {
                return;
            }
            job.run();
        }
    }

    /** Must hold the lock. Spills or waits until there is a write to make; null when finished. */
    private Runnable nextJob() {
        while (true) {
            long now = System.nanoTime();
            boolean due = memory.size() >= settings.batchSize()
                    || !memory.isEmpty() && (closing || now - oldestAddedAt >= settings.linger().toNanos());
            if (!spool.isEmpty()) {
                if (closing && now - lastProgressAt >= settings.giveUp().toNanos()) {
                    spill(memory.size());
                    LOG.warn("{} still refuses ({}); {} points stay in {}", endpoint.describe(), lastFailure,
                            spool.points(), spool.dir());
                    return null;
                }
                if (now >= retryAt) {
                    InfluxSpool.Segment segment = spool.oldest();
                    return () -> sendSegment(segment);
                }
                if (due) {
                    spill(Math.min(memory.size(), settings.batchSize()));
                    continue;
                }
                waitOnLock(Math.min(retryAt - now, lingerLeft(now)));
            } else if (due) {
                int count = Math.min(memory.size(), settings.batchSize());
                long firstSeq = nextSeq - memory.size();
                List<String> batch = new ArrayList<>(count);
                for (int i = 0; i < count; i++) {
                    batch.add(memory.pollFirst());
                }
                if (!memory.isEmpty()) {
                    oldestAddedAt = now;
                }
                lock.notifyAll();
                return () -> sendBatch(firstSeq, batch);
            } else if (closing) {
                return null;
            } else {
                waitOnLock(lingerLeft(now));
            }
        }
    }

    private long lingerLeft(long now) {
        return memory.isEmpty() ? TimeUnit.SECONDS.toNanos(1)
                : Math.max(1, settings.linger().toNanos() - (now - oldestAddedAt));
    }

    private void sendBatch(long firstSeq, List<String> batch) {
        InfluxException failure = write(batch);
        synchronized (lock) {
            if (failure == null) {
                succeeded(batch.size());
                return;
            }
            if (InfluxEndpoint.permanent(failure)) {
                rejectBatch(firstSeq, batch, failure);
                return;
            }
            failed(failure);
            try {
                spool.append(firstSeq, batch);
            } catch (IOException e) {
                lose(batch.size(), e);
            }
        }
    }

    private void sendSegment(InfluxSpool.Segment segment) {
        List<String> lines;
        try {
            lines = spool.read(segment);
        } catch (IOException e) {
            synchronized (lock) {
                LOG.error("spool segment {} cannot be read: {}", segment.file(), e.toString());
                rejectSegment(segment);
            }
            return;
        }
        InfluxException failure = write(lines);
        synchronized (lock) {
            if (failure == null) {
                try {
                    spool.remove(segment);
                } catch (IOException e) {
                    LOG.warn("sent spool segment {} cannot be deleted; it will be sent again, harmlessly: {}",
                            segment.file(), e.toString());
                }
                succeeded(segment.points());
            } else if (InfluxEndpoint.permanent(failure)) {
                LOG.error("{} refused {} points for good, kept in {}/rejected: {}", endpoint.describe(),
                        segment.points(), spool.dir(), failure.getMessage());
                rejectSegment(segment);
            } else {
                failed(failure);
            }
        }
    }

    private InfluxException write(List<String> lines) {
        try {
            endpoint.write(lines);
            return null;
        } catch (InfluxException e) {
            return e;
        } catch (RuntimeException e) {
            return new InfluxException("writing to " + endpoint.describe() + ": " + e, e);
        }
    }

    /** Must hold the lock. */
    private void succeeded(int points) {
        if (backoffNanos > 0) {
            LOG.warn("{} accepts writes again", endpoint.describe());
        }
        written += points;
        backoffNanos = 0;
        retryAt = 0;
        spillAtOnce = false;
        lastProgressAt = System.nanoTime();
    }

    /** Must hold the lock. */
    private void failed(InfluxException failure) {
        if (backoffNanos == 0) {
            LOG.warn("{} cannot take points ({}); spooling to {} and retrying", endpoint.describe(),
                    failure.getMessage(), spool.dir());
        } else {
            LOG.debug("retry failed: {}", failure.getMessage());
        }
        lastFailure = failure.getMessage();
        backoffNanos = backoffNanos == 0 ? settings.firstRetry().toNanos()
                : Math.min(2 * backoffNanos, settings.maxRetry().toNanos());
        retryAt = System.nanoTime() + backoffNanos;
    }

    /** Must hold the lock. */
    private void rejectBatch(long firstSeq, List<String> batch, InfluxException failure) {
        LOG.error("{} refused {} points for good, kept in {}/rejected: {}", endpoint.describe(), batch.size(),
                spool.dir(), failure.getMessage());
        lastFailure = failure.getMessage();
        try {
            rejectSegment(spool.append(firstSeq, batch));
        } catch (IOException e) {
            lose(batch.size(), e);
        }
    }

    /** Must hold the lock. */
    private void rejectSegment(InfluxSpool.Segment segment) {
        rejected += segment.points();
        try {
            spool.reject(segment);
        } catch (IOException e) {
            LOG.error("spool segment {} cannot be moved aside: {}", segment.file(), e.toString());
        }
    }

    /** Must hold the lock. Moves the oldest {@code count} points of memory to the spool. */
    private void spill(int count) {
        while (count > 0) {
            int n = Math.min(count, settings.batchSize());
            long firstSeq = nextSeq - memory.size();
            List<String> batch = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                batch.add(memory.pollFirst());
            }
            count -= n;
            try {
                spool.append(firstSeq, batch);
            } catch (IOException e) {
                lose(n, e);
            }
        }
        oldestAddedAt = System.nanoTime();
        lock.notifyAll();
    }

    /** Must hold the lock. */
    private void lose(int points, IOException e) {
        lost += points;
        lastFailure = "spool " + spool.dir() + " cannot be written: " + e;
        LOG.error("{} points for {} are lost to InfluxDB (the run archive keeps them): {}", points,
                endpoint.describe(), lastFailure);
    }

    /** @return false when the thread was interrupted (the flag is set again for its owner) */
    private boolean waitOnLock(long nanos) {
        try {
            TimeUnit.NANOSECONDS.timedWait(lock, Math.max(1, nanos));
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
