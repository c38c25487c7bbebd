package org.testbench.run.influx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.testbench.rigs.Sample;
import org.testbench.standards.Limit;
import org.testbench.standards.Result;

class RunSchemaTest {

    private static final Instant T = Instant.parse("2026-11-22T08:00:00.000000100Z");
    private static final long T_NS = 1_795_334_400_000_000_100L;

    @Test
    void aSampleBecomesOnePointTaggedWithItsRunAndContext() {
        RunSchema schema = new RunSchema("r1", "sim-robot", "sn-1");
        LinePoint point = schema.sample(new Sample(T, "tracker", "x", 1000.25, "mm", true,
                Map.of("pose", "P1", "cycle", "3")));
        assertThat(point.toLineProtocol()).isEqualTo("tracker,cycle=3,dut=sn-1,pose=P1,rig=sim-robot,run=r1,signal=x,"
                + "unit=mm value=1000.25,good=true,seq=0i " + T_NS);
    }

    @Test
    void repeatedOrEarlierSourceTimesOfOneSignalGetTheNextNanosecondAndKeepTheSourceTime() {
        RunSchema schema = new RunSchema("r1", "rig", "dut");
        long[] stamps = new long[5];
        Instant[] times = {T, T, T.minusNanos(50), T.plusNanos(10), T};
        String[] signals = {"x", "x", "x", "x", "y"};
        for (int i = 0; i < times.length; i++) {
            stamps[i] = RunSchema.nanos(schema.sample(new Sample(times[i], "tracker", signals[i], i, "mm", true, Map.of()))
                    .time());
        }
        // x: 100, then 101 (repeat), 102 (earlier than 101), 110 (later: its own time); y keeps its own 100.
        assertThat(stamps).containsExactly(T_NS, T_NS + 1, T_NS + 2, T_NS + 10, T_NS);

        RunSchema again = new RunSchema("r1", "rig", "dut");
        LinePoint second = null;
        for (int i = 0; i < 2; i++) {
            second = again.sample(new Sample(T, "tracker", "x", 7.5, "mm", false, Map.of()));
        }
        assertThat(second.fields()).containsEntry("source_ns", T_NS).containsEntry("seq", 1L);
    }

    @Test
    void aSampleReadBackFromItsPointIsTheSameSample() {
        RunSchema schema = new RunSchema("r1", "rig", "dut");
        Map<String, String> context = Map.of("pose", "P2", "run", "clash", "context.x", "odd", "seq", "7");
        Sample[] samples = {
            new Sample(T, "tracker", "a", -0.125, "deg", true, context),
            new Sample(T, "tracker", "a", Double.NaN, "", false, Map.of("pose", "P2")),
        };
        for (Sample sample : samples) {
            LinePoint point = schema.sample(sample);
            Map<String, Object> row = new LinkedHashMap<>(point.fields());
            row.putAll(point.tags());
            row.put("time", RunSchema.nanos(point.time()));
            Sample back = RunSchema.sampleOf("tracker", row);
            assertThat(back.time()).isEqualTo(sample.time());
            assertThat(back.signal()).isEqualTo(sample.signal());
            assertThat(back.unit()).isEqualTo(sample.unit());
            assertThat(back.good()).isEqualTo(sample.good());
            assertThat(back.context()).isEqualTo(sample.context());
            assertThat(Double.compare(back.value(), sample.value())).isZero();
        }
    }

    @Test
    void aResultIsStampedWithTheRunStartPlusItsIndex() {
        RunSchema schema = new RunSchema("r1", "rig", "dut");
        Result result = Result.judged("ISO 9283", "7.2.1", "APp", "P1", 0.12, "mm", new Limit(0.2, "mm", "DUT"));
        LinePoint point = schema.result(result, 3, T);
        assertThat(point.time()).isEqualTo(T.plusNanos(3));
        assertThat(point.tags()).containsEntry("run", "r1").containsEntry("characteristic", "APp")
                .containsEntry("subject", "P1").containsEntry("clause", "7.2.1");
        assertThat(point.fields()).containsEntry("value", 0.12).containsEntry("limit", 0.2)
                .containsEntry("verdict", "PASS").containsEntry("index", 3L);
    }

    @Test
    void theFastLineIsTheLineOfThePointForEverySample() {
        Sample[] samples = {
            new Sample(T, "tracker", "x", 1000.25, "mm", true, Map.of("pose", "P1", "cycle", "3")),
            new Sample(T, "tracker", "x", -1.0E-5, "mm", false, Map.of("pose", "P1", "cycle", "3")),
            new Sample(T.minusNanos(7), "arm pose,1", "axis 1=a", Double.NEGATIVE_INFINITY, "",
                    true, Map.of("run", "clash", "seq", "9", "context.y", "z", "note", "a b,c=d", "empty", "")),
            new Sample(T, "tracker", "轴", 0.0, "µm", true, Map.of("zeta", "1", "alpha", "2", "unit", "x")),
        };
        RunSchema points = new RunSchema("r 1", "rig,a", "dut=b");
        RunSchema lines = new RunSchema("r 1", "rig,a", "dut=b");
        for (Sample sample : samples) {
            assertThat(lines.sampleLine(sample)).isEqualTo(points.sample(sample).toLineProtocol());
        }
        Sample bad = new Sample(T, "tracker", "x\\", 1, "mm", true, Map.of());
        assertThatThrownBy(() -> lines.sampleLine(bad)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("tag 'signal' of measurement 'tracker' ends with a backslash");
        assertThatThrownBy(() -> points.sample(bad)).isInstanceOf(IllegalArgumentException.class);
        Sample next = new Sample(T.plusSeconds(1), "tracker", "x", 2, "mm", true, Map.of());
        assertThat(lines.sampleLine(next)).as("a refused sample takes no index").contains(",seq=4i ")
                .isEqualTo(points.sample(next).toLineProtocol());
    }
}
