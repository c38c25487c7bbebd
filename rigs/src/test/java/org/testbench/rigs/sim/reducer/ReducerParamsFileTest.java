package org.testbench.rigs.sim.reducer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testbench.rigs.sim.reducer.TransmissionHarmonic.Shaft;
import org.testbench.rigs.yaml.InputException;

/** Params files: the bundled ones are valid, and every mistake names file, line, column and field. */
class ReducerParamsFileTest {

    @TempDir
    Path dir;

    @Test
    void theBundledHarmonicReducerIsWhatTheBuilderStartsFrom() throws Exception {
        ReducerParams harmonic = ReducerParamsFile.load("reducer-harmonic");
        assertThat(harmonic).isEqualTo(ReducerParams.builder().build());
        assertThat(harmonic.ratio()).isEqualTo(100);
        assertThat(harmonic.ratedTorqueNm()).isEqualTo(50);
        assertThat(harmonic.lostMotionArcmin()).isEqualTo(0.80);
        assertThat(harmonic.lostMotionTorqueNm()).isEqualTo(1.5);
        assertThat(harmonic.stiffness()).isEqualTo(new StiffnessCurve(6.7, 9.4, 12.0, 7, 25));
        assertThat(harmonic.harmonics()).containsExactly(new TransmissionHarmonic(Shaft.OUTPUT, 1, 0.25, 30),
                new TransmissionHarmonic(Shaft.OUTPUT, 2, 0.10, 75), new TransmissionHarmonic(Shaft.INPUT, 2, 0.05, 0));
        assertThat(harmonic.friction().startingTorqueNm()).isEqualTo(0.05);
        assertThat(harmonic.backwardEfficiency()).isEqualTo(100 * 0.05 / 6.5);
        assertThat(harmonic.noise().outputAngleArcsec()).isEqualTo(0.5);
    }

    @Test
    void theBundledRvReducerIsValid() throws Exception {
        ReducerParams rv = ReducerParamsFile.load("reducer-rv");
        assertThat(rv.ratio()).isEqualTo(121);
        assertThat(rv.ratedTorqueNm()).isEqualTo(167);
        assertThat(new ReducerModel(rv).expectedLostMotionArcmin(rv.lostMotionTorqueNm())).isEqualTo(1.0);
    }

    @Test
    void aFileOnDiskIsReadAndNoiseIsOptional() throws Exception {
        Path file = dir.resolve("mine.yaml");
        Files.writeString(file, harmonicText().replaceAll("(?s)\nnoise:.*", "\n"));
        ReducerParams params = ReducerParamsFile.load(file.toString());
        assertThat(params.noise()).isEqualTo(SensorNoise.NONE);
        assertThat(params.ratio()).isEqualTo(100);
    }

    @Test
    void aValueOutOfRangeNamesItsLineAndField() throws Exception {
        Path file = write(harmonicText().replace("  k2: 9.4 ", "  k2: -9.4"));
        assertThatThrownBy(() -> ReducerParamsFile.load(file.toString())).isInstanceOf(InputException.class)
                .hasMessage(file + ":" + lineOf("  k2:") + ":7: stiffness.k2: must be > 0 and finite, got -9.4");
    }

    @Test
    void valuesThatContradictEachOtherNameTheOneToChange() throws Exception {
        Path lostMotion = write(harmonicText().replace("  value: 0.80 ", "  value: 0.40 "));
        assertThatThrownBy(() -> ReducerParamsFile.load(lostMotion.toString())).isInstanceOf(InputException.class)
                .hasMessageStartingWith(lostMotion + ":" + lineOf("  value: 0.80") + ":10: lost-motion.value: must be at"
                        + " least the elastic twist between -t and +t, 2 t/K1 = 0.447");
        Path transition = write(harmonicText().replace("  transition-torque: 10 ", "  transition-torque: 8  "));
        assertThatThrownBy(() -> ReducerParamsFile.load(transition.toString())).isInstanceOf(InputException.class)
                .hasMessageContaining(":" + lineOf("  transition-torque:") + ":22: hysteresis.transition-torque: must be"
                        + " at least hysteresis.loss x the largest stiffness = 8.4");
        Path backDriving = write(harmonicText().replace("back-driving-torque: 6.5 ", "back-driving-torque: 4.0 "));
        assertThatThrownBy(() -> ReducerParamsFile.load(backDriving.toString())).isInstanceOf(InputException.class)
                .hasMessageContaining("efficiency.back-driving-torque: must be at least ratio x friction.starting-torque"
                        + " = 5 Nm");
    }

    @Test
    void unknownKeysMissingKeysAndBadHarmonicsAreRejected() throws Exception {
        Path typo = write(harmonicText().replace("  k3: 12.0", "  k33: 12.0"));
        assertThatThrownBy(() -> ReducerParamsFile.load(typo.toString())).isInstanceOf(InputException.class)
                .hasMessage(typo + ":" + lineOf("  k1:") + ":3: stiffness: missing required key 'k3'");
        Path extra = write(harmonicText().replace("ratio: 100 ", "ratios: 100\nratio: 100"));
        assertThatThrownBy(() -> ReducerParamsFile.load(extra.toString())).isInstanceOf(InputException.class)
                .hasMessageContaining(":" + lineOf("ratio: 100") + ":1: ratios: unknown key 'ratios'");
        Path shaft = write(harmonicText().replace("{shaft: input,", "{shaft: crank,"));
        assertThatThrownBy(() -> ReducerParamsFile.load(shaft.toString())).isInstanceOf(InputException.class)
                .hasMessageContaining(":" + lineOf("  - {shaft: input") + ":13: transmission-error[2].shaft: expected input"
                        + " or output, found 'crank'");
        Path order = write(harmonicText().replace("order: 2, amplitude: 0.05", "order: 0, amplitude: 0.05"));
        assertThatThrownBy(() -> ReducerParamsFile.load(order.toString())).isInstanceOf(InputException.class)
                .hasMessageContaining("transmission-error[2].order: the order is a whole number of cycles per"
                        + " revolution, 1 to 1000, found 0");
    }

    @Test
    void aMissingFileIsNamed() {
        assertThatThrownBy(() -> ReducerParamsFile.load("no-such-reducer")).isInstanceOf(InputException.class)
                .hasMessage("no-such-reducer: no such file, and no bundled sim file of that name");
    }

    private Path write(String text) throws IOException {
        Path file = dir.resolve("params.yaml");
        Files.writeString(file, text);
        return file;
    }

    /** @return the 1-based line of the bundled harmonic file that starts with the prefix */
    private static int lineOf(String prefix) throws IOException {
        String[] lines = harmonicText().split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].startsWith(prefix)) {
                return i + 1;
            }
        }
        throw new AssertionError("no line starts with '" + prefix + "'");
    }

    private static String harmonicText() throws IOException {
        try (InputStream in = ReducerParamsFileTest.class.getClassLoader()
                .getResourceAsStream("sim/reducer-harmonic.yaml")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
