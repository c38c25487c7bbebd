package org.testbench.rigs.device.channel;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.testbench.protocols.SignalValue;
import org.testbench.rigs.SignalDefinition;
import org.testbench.rigs.Unit;
import org.testbench.rigs.device.TimedPose;
import org.testbench.standards.geometry.Pose;

class PoseAssemblerTest {

    private static final Instant T1 = Instant.parse("2026-11-22T10:00:00.001Z");
    private static final Instant T2 = Instant.parse("2026-11-22T10:00:00.002Z");
    private static final Instant T3 = Instant.parse("2026-11-22T10:00:00.003Z");
    private static final String[] AXES = {"X", "Y", "Z", "A", "B", "C"};

    private final List<TimedPose> poses = new ArrayList<>();
    private final PoseAssembler assembler = new PoseAssembler(signals(), poses::add);

    @Test
    void valuesSharingATimestampBecomeOnePoseInTheRigsUnits() {
        // one publish carries each signal's queue in turn: all x, then all y, ...
        for (int axis = 0; axis < AXES.length; axis++) {
            assembler.accept(value(axis, T1, 1 + axis));
            assembler.accept(value(axis, T2, 10 + axis));
        }

        assertThat(poses).containsExactly(new TimedPose(T1, Pose.of(1000, 2, 3, 4, 5, 6)),
                new TimedPose(T2, Pose.of(10_000, 11, 12, 13, 14, 15)));
        assertThat(assembler.incomplete()).isZero();
    }

    @Test
    void aSampleThatLostAValueIsDiscardedAndCountedNeverPassedOnInPart() {
        for (int axis = 0; axis < AXES.length; axis++) {
            if (axis != 4) {
                assembler.accept(value(axis, T1, 1));
            }
            assembler.accept(value(axis, T2, 2));
        }
        assembler.accept(new SignalValue("ns=2;s=Tracker/X", null, T3, false, "Bad_NoData"));

        assertThat(poses).extracting(TimedPose::time).containsExactly(T2);
        assertThat(assembler.incomplete()).isEqualTo(1);
    }

    private static SignalValue value(int axis, Instant time, double value) {
        return new SignalValue("ns=2;s=Tracker/" + AXES[axis], value, time, true, "Good");
    }

    /** x in metres, the rest in mm and degrees, so the conversion to base units shows. */
    private static List<SignalDefinition> signals() {
        List<SignalDefinition> signals = new ArrayList<>();
        for (int axis = 0; axis < AXES.length; axis++) {
            Unit unit = axis == 0 ? Unit.M : axis < 3 ? Unit.MM : Unit.DEG;
            signals.add(new SignalDefinition(AXES[axis].toLowerCase(), "ns=2;s=Tracker/" + AXES[axis], unit, 1, 0));
        }
        return signals;
    }
}
