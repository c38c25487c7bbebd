package org.testbench.rigs.sim.robot;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.eclipse.milo.opcua.sdk.server.items.DataItem;
import org.eclipse.milo.opcua.stack.core.types.builtin.DataValue;
import org.eclipse.milo.opcua.stack.core.types.builtin.DateTime;
import org.eclipse.milo.opcua.stack.core.types.builtin.StatusCode;
import org.eclipse.milo.opcua.stack.core.types.builtin.Variant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testbench.standards.geometry.Pose;

/**
 * The laser tracker in streaming mode: while a client monitors any {@code Tracker/*} node, it
 * samples the attained pose every {@code trackerPeriodS} of simulated time, at t = k·period, and
 * hands every sample to every monitored item with the sample time as source timestamp, so a
 * client sees the motion and the settling as a time series however the wall clock jitters.
 *
 * <p>A wall-clock task catches up on the samples that have fallen due every
 * {@value #TICK_MS} ms; the motion keeps the trajectories those samples need
 * ({@link RobotMotion#keepHistoryFrom}), so a command that arrives between two ticks never
 * changes a sample taken before it. Position samples carry the tracker's noise, drawn from their
 * own seeded generator. When the time scale is so fast that more than {@value #MOST_PER_TICK}
 * samples fall due in one tick, the oldest are skipped and a warning says so: the clients could not
 * take them anyway. A client that keeps the default data change trigger (StatusValue) drops a
 * sample equal to the one before, as at rest without noise; the bench's channel asks for
 * StatusValueTimestamp, so it gets them all.
 */
final class TrackerStream implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(TrackerStream.class);
    private static final long TICK_MS = 10;
    private static final int MOST_PER_TICK = 20_000;

    private final SimulatedRobotConfig config;
    private final RobotMotion motion;
    private final Random noise;
    private final Map<DataItem, Integer> items = new ConcurrentHashMap<>();
    private final ScheduledExecutorService ticker;
    /** Index k of the next sample at k·period; guarded by this. */
    private long next = -1;
    private boolean warned;

    /**
     * @param config the tracker's period and noise, and the seed
     * @param motion what it measures
     */
    TrackerStream(SimulatedRobotConfig config, RobotMotion motion) {
        this.config = config;
        this.motion = motion;
        this.noise = new Random(config.seed() ^ 0x5DEECE66DL);
        this.ticker = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "sim-robot tracker stream");
            t.setDaemon(true);
            return t;
        });
        ticker.scheduleWithFixedDelay(this::tick, TICK_MS, TICK_MS, TimeUnit.MILLISECONDS);
    }

    /**
     * @param item a monitored item on a tracker node
     * @param axis which component it carries: 0..5 for x, y, z, a, b, c
     */
    synchronized void add(DataItem item, int axis) {
        if (items.isEmpty()) {
            next = (long) Math.ceil(motion.clock().now() / config.trackerPeriodS());
            motion.keepHistoryFrom(next * config.trackerPeriodS());
        }
        items.put(item, axis);
    }

    /** @param item a monitored item that was deleted */
    synchronized void remove(DataItem item) {
        if (items.remove(item) != null && items.isEmpty()) {
            motion.keepHistoryFrom(Double.POSITIVE_INFINITY);
        }
    }

    /** @return whether the item is one of the stream's */
    boolean carries(DataItem item) {
        return items.containsKey(item);
    }

    /** Stops sampling; the server is shutting down. */
    @Override
    public void close() {
        ticker.shutdownNow();
    }

    private void tick() {
        try {
            List<double[]> samples = due();
            for (double[] sample : samples) {
                DateTime source = new DateTime(motion.clock().instant(sample[0]));
                DateTime server = DateTime.now();
                items.forEach((item, axis) -> {
                    if (item.isSamplingEnabled()) {
                        item.setValue(new DataValue(Variant.ofDouble(sample[axis + 1]), StatusCode.GOOD, source, server));
                    }
                });
            }
        } catch (RuntimeException e) {
            LOG.warn("tracker stream sample failed", e);
        }
    }

    /** @return the samples fallen due since the last tick: time then x, y, z, a, b, c */
    private synchronized List<double[]> due() {
        if (items.isEmpty()) {
            return List.of();
        }
        double period = config.trackerPeriodS();
        long last = (long) Math.floor(motion.clock().now() / period);
        if (last - next >= MOST_PER_TICK) {
            if (!warned) {
                LOG.warn("tracker stream skips samples: a {} s period at time scale {} is faster than it can serve",
                        period, config.timeScale());
                warned = true;
            }
            next = last - MOST_PER_TICK + 1;
        }
        List<double[]> samples = new ArrayList<>();
        for (; next <= last; next++) {
            double t = next * period;
            Pose p = motion.attainedAt(t);
            double sigma = config.trackerSigmaMm();
            samples.add(new double[] {t, p.position().x() + noise.nextGaussian() * sigma,
                p.position().y() + noise.nextGaussian() * sigma, p.position().z() + noise.nextGaussian() * sigma,
                p.a(), p.b(), p.c()});
        }
        motion.keepHistoryFrom(next * period);
        return samples;
    }
}
