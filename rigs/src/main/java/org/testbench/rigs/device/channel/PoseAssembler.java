package org.testbench.rigs.device.channel;

import java.time.Instant;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.testbench.protocols.SignalValue;
import org.testbench.rigs.SignalDefinition;
import org.testbench.rigs.device.TimedPose;
import org.testbench.standards.geometry.Pose;

/**
 * Puts a tracker's six streamed signals back together into poses: the values that share a source
 * timestamp are one sample, whatever order they arrive in.
 *
 * <p>A sample is passed on as soon as its sixth value arrives. Values of one signal arrive in time
 * order, so when a sample is complete, any earlier one still missing a value has lost it (a queue
 * overflowed, or the device reported it bad) and is discarded and counted, never passed on in part.
 * Called by one thread at a time, as a subscription delivers.
 */
final class PoseAssembler implements Consumer<SignalValue> {

    private final List<SignalDefinition> signals;
    private final Consumer<TimedPose> listener;
    private final Map<Instant, double[]> pending = new TreeMap<>();
    private final Map<Instant, boolean[]> present = new TreeMap<>();
    private final AtomicLong incomplete = new AtomicLong();

    /**
     * @param signals  the tracker's x, y, z, a, b, c signals, in that order
     * @param listener where whole samples go
     */
    PoseAssembler(List<SignalDefinition> signals, Consumer<TimedPose> listener) {
        this.signals = List.copyOf(signals);
        this.listener = listener;
    }

    @Override
    public void accept(SignalValue value) {
        int axis = indexOf(value.address());
        if (axis < 0 || !value.good() || !(value.value() instanceof Number n) || !Double.isFinite(n.doubleValue())) {
            return;
        }
        Instant time = value.sourceTime();
        double[] components = pending.computeIfAbsent(time, t -> new double[signals.size()]);
        boolean[] seen = present.computeIfAbsent(time, t -> new boolean[signals.size()]);
        components[axis] = signals.get(axis).toBase(n.doubleValue());
        seen[axis] = true;
        for (boolean s : seen) {
            if (!s) {
                return;
            }
        }
        discardBefore(time);
        pending.remove(time);
        present.remove(time);
        listener.accept(new TimedPose(time, Pose.of(components[0], components[1], components[2], components[3],
                components[4], components[5])));
    }

    /** @return how many samples were discarded because a value never arrived */
    long incomplete() {
        return incomplete.get();
    }

    private void discardBefore(Instant time) {
        Iterator<Instant> it = pending.keySet().iterator();
        while (it.hasNext()) {
            Instant t = it.next();
            if (!t.isBefore(time)) {
                return;
            }
            it.remove();
            present.remove(t);
            incomplete.incrementAndGet();
        }
    }

    private int indexOf(String address) {
        for (int i = 0; i < signals.size(); i++) {
            if (signals.get(i).address().equals(address)) {
                return i;
            }
        }
        return -1;
    }
}
