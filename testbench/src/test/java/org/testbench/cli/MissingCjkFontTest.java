package org.testbench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A Chinese report without a CJK font fails loudly before anything happens: {@code run --lang zh}
 * exits with 2, naming the font and the package to install, before the rig is connected and before a
 * run folder exists. The font is taken away through {@code TESTBENCH_CJK_FONT}, which needs a process
 * of its own.
 */
class MissingCjkFontTest {

    @TempDir
    Path dir;

    @Test
    void chineseWithoutItsFontIsBadInputNamingTheFontAndThePackageBeforeTheRigIsTouched() throws Exception {
        Path missing = dir.resolve("no-such-font.ttf");
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), TestbenchCommand.class.getName(), "run", "iso9283-pose",
                "--rig", "sim-robot", "--dut", "sim-6r-10", "--runs-dir", dir.resolve("runs").toString(),
                "--lang", "zh");
        builder.environment().put("TESTBENCH_CJK_FONT", missing.toString());
        builder.environment().remove(LabOptions.ENVIRONMENT);
        builder.redirectOutput(ProcessBuilder.Redirect.DISCARD);
        Process process = builder.start();
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();

        assertThat(process.exitValue()).as(err).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(err).contains("error: --lang zh: TESTBENCH_CJK_FONT=" + missing
                + ": no such font file for the report's Chinese labels", "fonts-droid-fallback");
        assertThat(dir.resolve("runs")).doesNotExist();
    }
}
