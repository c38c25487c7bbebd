package org.testbench.run.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testbench.rigs.Sample;
import org.testbench.rigs.yaml.InputException;

class SampleCsvTest {

    @TempDir
    Path dir;

    private Path file(List<Sample> samples) throws IOException {
        StringWriter out = new StringWriter().append(SampleCsv.HEADER).append('\n');
        for (Sample s : samples) {
            SampleCsv.write(s, out);
        }
        return Files.writeString(dir.resolve("samples.csv"), out.toString());
    }

    @Test
    void samplesReadBackExactly() throws Exception {
        List<Sample> written = List.of(
                new Sample(Instant.parse("2026-11-22T05:30:01.123456789Z"), "tracker", "x", 1000.2013, "mm", true,
                        Map.of("cycle", "1", "pose", "P1")),
                new Sample(Instant.parse("2026-11-22T05:30:01.223456789Z"), "tracker", "y", -0.1, "mm", false, Map.of()));

        assertThat(SampleCsv.read(file(written))).isEqualTo(written);
    }

    @Test
    void theSamplesOfOneReadingShareOneContextAndTheirNames() throws Exception {
        Instant t = Instant.parse("2026-11-22T05:30:01Z");
        Map<String, String> reading = Map.of("series", "hysteresis", "reading", "17");
        List<Sample> read = SampleCsv.read(file(List.of(
                new Sample(t, "output", "torque", 1.5, "Nm", true, reading),
                new Sample(t, "output", "angle", 0.01, "deg", true, reading),
                new Sample(t.plusSeconds(1), "output", "torque", 1.6, "Nm", true, Map.of("series", "hysteresis",
                        "reading", "18")))));

        // A life test keeps hundreds of thousands of these in memory for its analysis: one map per
        // reading and one string per name, not a dozen objects per sample.
        assertThat(read.get(1).context()).isSameAs(read.get(0).context());
        assertThat(read.get(2).context()).isNotSameAs(read.get(0).context());
        assertThat(read.get(2).device()).isSameAs(read.get(0).device());
        assertThat(read.get(2).signal()).isSameAs(read.get(0).signal());
        assertThat(read.get(2).unit()).isSameAs(read.get(0).unit());
    }

    @Test
    void aMalformedLineIsNamedWithItsField() throws Exception {
        Path file = Files.writeString(dir.resolve("samples.csv"), SampleCsv.HEADER + "\n"
                + "2026-11-22T05:30:01Z,tracker,x,1.0,mm,true,\n"
                + "2026-11-22T05:30:02Z,tracker,x,one,mm,true,\n");

        assertThatThrownBy(() -> SampleCsv.read(file))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("samples.csv:3")
                .hasMessageContaining("value")
                .hasMessageContaining("'one'");
    }
}
