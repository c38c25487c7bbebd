package org.testbench.run.archive;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testbench.run.report.RunReport;
import org.testbench.standards.DecisionRule;

/**
 * An archive written by testbench 0.1 before analyses became pluggable (iso9283-pose, 2 cycles
 * against the simulated robot) must still load, and its results must recompute byte for byte:
 * archives are records a lab keeps for years.
 */
class ArchiveCompatibilityTest {

    private static final String FIXTURE = "archives/iso9283-pose-0.1/";

    @TempDir
    Path dir;

    @Test
    void resultsOfAnOlderArchiveRecomputeByteForByte() throws Exception {
        for (String name : List.of("run.json", "procedure.yaml", "rig.yaml", "dut.yaml", "samples.csv", "results.json")) {
            try (var in = getClass().getClassLoader().getResourceAsStream(FIXTURE + name)) {
                Files.write(dir.resolve(name), in.readAllBytes());
            }
        }
        ArchivedRun run = ArchivedRun.load(dir);
        assertThat(run.samples()).hasSize(5 * 2 * 6);
        // As `testbench report` does: under the rule the results file recorded, none in an archive this old.
        DecisionRule recorded = ArchiveJson.read(dir.resolve("results.json"), ResultsDocument.class).decisionRule();
        assertThat(recorded).isNull();
        String recomputed = ArchiveJson.text(RunReport.analyze(run, run.samples(), recorded).results());
        assertThat(recomputed).isEqualTo(Files.readString(dir.resolve("results.json"), StandardCharsets.UTF_8));
    }
}
