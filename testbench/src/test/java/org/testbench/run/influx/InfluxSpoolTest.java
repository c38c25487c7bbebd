package org.testbench.run.influx;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InfluxSpoolTest {

    @TempDir
    Path dir;

    @Test
    void segmentsComeBackInSequenceOrderWhateverTheOrderTheyWereWrittenIn() throws Exception {
        InfluxSpool spool = InfluxSpool.open(dir.resolve("spool"));
        assertThat(spool.isEmpty()).isTrue();
        spool.append(2_000, List.of("m v=3 3", "m v=4 4"));
        spool.append(10, List.of("m v=1 1"));
        spool.append(1_000, List.of("m v=2 2"));
        assertThat(spool.points()).isEqualTo(4);

        InfluxSpool reopened = InfluxSpool.open(dir.resolve("spool"));
        assertThat(reopened.points()).isEqualTo(4);
        InfluxSpool.Segment oldest = reopened.oldest();
        assertThat(oldest.firstSeq()).isEqualTo(10);
        assertThat(oldest.file().getFileName().toString()).isEqualTo("00000000000000000010-1.lp");
        assertThat(reopened.read(oldest)).containsExactly("m v=1 1");
        reopened.remove(oldest);
        assertThat(reopened.oldest().firstSeq()).isEqualTo(1_000);
        reopened.reject(reopened.oldest());
        assertThat(reopened.oldest().firstSeq()).isEqualTo(2_000);
        assertThat(reopened.read(reopened.oldest())).containsExactly("m v=3 3", "m v=4 4");
        assertThat(reopened.points()).isEqualTo(2);
        assertThat(dir.resolve("spool/rejected/00000000000000001000-1.lp")).hasContent("m v=2 2");
        try (var files = Files.list(dir.resolve("spool"))) {
            assertThat(files.map(f -> f.getFileName().toString()).sorted())
                    .containsExactly("00000000000000002000-2.lp", "rejected");
        }
    }
}
