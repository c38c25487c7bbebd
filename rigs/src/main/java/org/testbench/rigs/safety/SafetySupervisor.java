package org.testbench.rigs.safety;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testbench.protocols.ChannelException;
import org.testbench.protocols.Subscription;
import org.testbench.rigs.Rig;
import org.testbench.rigs.Sample;

/**
 * Watches every safety limit of a connected rig ({@link SafetyLimit#of}) while it runs: one
 * subscription per device and rate, every sample checked as it arrives, on the subscription's own
 * thread. The first violation is the trip: it is kept, logged and handed to the consumer given at
 * start, once; what a trip means for a run (interrupt it, drive the rig to its safe state) is the
 * consumer's business.
 *
 * <p>A sample the device marks bad, or that is not a number, trips too: a limit that cannot be
 * checked is not kept. Every supervised signal is also read once when the supervisor starts, so a
 * limit already violated trips before anything is commanded rather than at the first notification.
 */
public final class SafetySupervisor implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(SafetySupervisor.class);

    private final List<SafetyLimit> limits;
    private final Consumer<SafetyTrip> onTrip;
    private final AtomicReference<SafetyTrip> trip = new AtomicReference<>();
    private final List<Subscription> subscriptions = new ArrayList<>();

    private SafetySupervisor(List<SafetyLimit> limits, Consumer<SafetyTrip> onTrip) {
        this.limits = List.copyOf(limits);
        this.onTrip = onTrip;
    }

    /** Signals sampled together: one device at one rate. */
    private record Group(String device, Duration period) {
    }

    /**
     * Reads every supervised signal once, checks it, and subscribes to all of them.
     *
     * @param rig    the connected rig
     * @param onTrip told about the first violation, from whichever thread saw it (the caller's
     *               during start, a subscription's afterwards); it must return quickly
     * @return the running supervisor; a rig without limits gives one that watches nothing
     * @throws ChannelException when a supervised signal cannot be read or subscribed to; nothing
     *     is left subscribed then
     */
    public static SafetySupervisor start(Rig rig, Consumer<SafetyTrip> onTrip) throws ChannelException {
        SafetySupervisor supervisor = new SafetySupervisor(SafetyLimit.of(rig.definition()), onTrip);
        try {
            supervisor.watch(rig);
        } catch (ChannelException | RuntimeException e) {
            supervisor.close();
            throw e;
        }
        return supervisor;
    }

    /** @return the checks being made */
    public List<SafetyLimit> limits() {
        return limits;
    }

    /** @return the first violation seen, if any */
    public Optional<SafetyTrip> trip() {
        return Optional.ofNullable(trip.get());
    }

    /** Stops watching; no check runs and the consumer is not called after this returns. */
    @Override
    public void close() {
        subscriptions.forEach(Subscription::close);
    }

    private void watch(Rig rig) throws ChannelException {
        Map<Group, Map<String, List<SafetyLimit>>> groups = new LinkedHashMap<>();
        for (SafetyLimit limit : limits) {
            groups.computeIfAbsent(new Group(limit.device(), limit.period()), g -> new LinkedHashMap<>())
                    .computeIfAbsent(limit.signal().name(), s -> new ArrayList<>()).add(limit);
        }
        for (Map.Entry<Group, Map<String, List<SafetyLimit>>> e : groups.entrySet()) {
            Group group = e.getKey();
            Map<String, List<SafetyLimit>> bySignal = e.getValue();
            List<String> signals = List.copyOf(bySignal.keySet());
            for (Sample sample : rig.read(group.device(), signals)) {
                check(bySignal.get(sample.signal()), sample);
            }
            subscriptions.add(rig.subscribe(group.device(), signals, group.period(),
                    sample -> check(bySignal.get(sample.signal()), sample)));
            LOG.debug("supervising {}.{} every {}", group.device(), signals, group.period());
        }
    }

    private void check(List<SafetyLimit> checks, Sample sample) {
        if (trip.get() != null) {
            return;
        }
        Instant now = Instant.now();
        for (SafetyLimit limit : checks) {
            Optional<SafetyTrip> violation = limit.check(sample, now);
            if (violation.isPresent() && trip.compareAndSet(null, violation.get())) {
                LOG.warn("safety trip: {}", violation.get().describe());
                onTrip.accept(violation.get());
                return;
            }
        }
    }
}
