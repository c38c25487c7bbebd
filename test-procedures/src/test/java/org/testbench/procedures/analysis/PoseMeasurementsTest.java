package org.testbench.procedures.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.testbench.rigs.Sample;

class PoseMeasurementsTest {

    private static List<Sample> pose(String pose, int cycle, double... xyzabc) {
        List<Sample> samples = new ArrayList<>();
        String[] names = {"x", "y", "z", "a", "b", "c"};
        for (int i = 0; i < 6; i++) {
            samples.add(new Sample(Instant.ofEpochSecond(100 + cycle, i), "tracker", names[i], xyzabc[i],
                    i < 3 ? "mm" : "deg", true, Map.of("pose", pose, "cycle", String.valueOf(cycle))));
        }
        return samples;
    }

    @Test
    void groupsSixSamplesIntoOnePosePerPoseAndCycle() {
        List<Sample> samples = new ArrayList<>();
        samples.addAll(pose("P1", 1, 1, 2, 3, 180, 0, 0));
        samples.addAll(pose("P2", 1, 4, 5, 6, 179, 1, 2));
        samples.addAll(pose("P1", 2, 7, 8, 9, 180, 0, 1));
        samples.add(new Sample(Instant.EPOCH, "robot", "speed", 50, "%", true, Map.of()));
        List<PoseMeasurement> m = PoseMeasurements.fromSamples(samples);
        assertThat(m).extracting(PoseMeasurement::pose).containsExactly("P1", "P2", "P1");
        assertThat(m.get(2).context()).containsExactly(Map.entry("cycle", "2"));
        assertThat(m.get(1).attained().position().y()).isEqualTo(5.0);
        assertThat(m.get(1).attained().c()).isEqualTo(2.0);
        assertThat(m.get(0).time()).isEqualTo(Instant.ofEpochSecond(101, 0));
    }

    @Test
    void anIncompleteOrRepeatedGroupIsAnError() {
        List<Sample> missing = new ArrayList<>(pose("P1", 1, 1, 2, 3, 0, 0, 0));
        missing.remove(4);
        assertThatThrownBy(() -> PoseMeasurements.fromSamples(missing))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("lacks signal b");
        List<Sample> twice = new ArrayList<>(pose("P1", 1, 1, 2, 3, 0, 0, 0));
        twice.add(twice.get(0));
        assertThatThrownBy(() -> PoseMeasurements.fromSamples(twice))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("two samples of tracker.x");
    }
}
