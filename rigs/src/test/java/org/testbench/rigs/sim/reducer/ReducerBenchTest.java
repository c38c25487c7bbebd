package org.testbench.rigs.sim.reducer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * The bench's state machine on the bundled harmonic reducer, time advanced by hand. At ambient
 * (23 degC) the friction factor is 1.02: breakaway 0.051 Nm, running 0.0357 Nm, viscous
 * 2.55e-5 Nm/rpm at the input; backward efficiency 0.05 * 100 / 6.5.
 */
class ReducerBenchTest {

    private final ReducerModel model = new ReducerModel(ReducerParams.builder().build());
    private final ReducerBench bench = new ReducerBench(model);

    @Test
    void startsInTheSafeStateAtAmbient() {
        BenchReading r = bench.reading();
        assertThat(r.simTimeS()).isZero();
        assertThat(r.inputAngleDeg()).isZero();
        assertThat(r.inputRpm()).isZero();
        assertThat(r.outputTorqueNm()).isZero();
        assertThat(r.housingC()).isEqualTo(23);
        for (BenchRegister command : new BenchRegister[] {BenchRegister.INPUT_ENABLE, BenchRegister.OUTPUT_ENABLE,
            BenchRegister.INPUT_MODE, BenchRegister.INPUT_SPEED_COMMAND, BenchRegister.INPUT_TORQUE_COMMAND,
            BenchRegister.OUTPUT_TORQUE_COMMAND}) {
            assertThat(bench.commanded(command)).as(command.signal()).isZero();
        }
    }

    @Test
    void lockedInputTwistsUnderTheOutputTorque() {
        bench.command(BenchRegister.INPUT_ENABLE, 1);
        bench.command(BenchRegister.OUTPUT_ENABLE, 1);
        bench.command(BenchRegister.OUTPUT_TORQUE_COMMAND, 50);
        bench.advance(10);
        BenchReading loaded = bench.reading();
        // TE at input 0 is 0.2215926 arcmin; on the loading branch at 50 Nm the twist is
        // S(50) + D/2 - H/2 = (7/6.7 + 18/9.4 + 25/12) + 0.352239/2 - 0.35 = 5.043003 + 0.176119 - 0.35
        assertThat(loaded.inputAngleDeg()).isZero();
        assertThat(loaded.outputTorqueNm()).isEqualTo(50);
        assertThat(loaded.inputTorqueNm()).isCloseTo(-0.5, within(1e-15));
        assertThat(loaded.outputAngleDeg() * 60).isCloseTo(0.2215926 + 4.869122, within(1e-6));
        bench.command(BenchRegister.OUTPUT_TORQUE_COMMAND, 0);
        double unloaded = bench.reading().outputAngleDeg() * 60;
        bench.command(BenchRegister.OUTPUT_TORQUE_COMMAND, -50);
        bench.command(BenchRegister.OUTPUT_TORQUE_COMMAND, 0);
        double reloaded = bench.reading().outputAngleDeg() * 60;
        assertThat(unloaded - reloaded).isCloseTo(model.expectedHysteresisLossArcmin(), within(1e-12));
        // switching the load machine off frees the output: the twist relaxes as at zero torque
        bench.command(BenchRegister.OUTPUT_TORQUE_COMMAND, 20);
        bench.command(BenchRegister.OUTPUT_ENABLE, 0);
        assertThat(bench.reading().outputTorqueNm()).isZero();
    }

    @Test
    void torqueModeTurnsTheInputOnlyAboveTheStartingTorque() {
        bench.command(BenchRegister.INPUT_ENABLE, 1);
        bench.command(BenchRegister.INPUT_MODE, InputMode.TORQUE.code());
        bench.command(BenchRegister.INPUT_TORQUE_COMMAND, 0.050);
        bench.advance(1);
        assertThat(bench.reading().inputAngleDeg()).isZero();
        assertThat(bench.reading().inputTorqueNm()).isEqualTo(0.050);
        bench.command(BenchRegister.INPUT_TORQUE_COMMAND, -0.052);
        // (0.052 - 0.0357) / 2.55e-5 = 639.2157 rpm, backwards
        assertThat(bench.reading().inputRpm()).isCloseTo(-639.2157, within(1e-4));
        bench.advance(0.5);
        assertThat(bench.reading().inputAngleDeg()).isCloseTo(-639.2157 * 6 * 0.5, within(1e-3));
        // once turning, the running torque keeps it turning below the breakaway torque:
        // (0.04 - 0.0357) / 2.55e-5; the half second of running warmed the housing by about 1 mK,
        // which eases the friction by 9e-6 of itself and speeds the shaft up by about 0.01 rpm
        bench.command(BenchRegister.INPUT_TORQUE_COMMAND, -0.040);
        bench.advance(0.01);
        assertThat(bench.reading().inputRpm()).isCloseTo(-168.6275, within(0.03));
        bench.command(BenchRegister.INPUT_TORQUE_COMMAND, -0.030);
        bench.advance(0.01);
        assertThat(bench.reading().inputRpm()).isZero();
    }

    @Test
    void withTheServoOffTheOutputTurnsOnlyAboveTheBackDrivingTorque() {
        double backDriving = model.expectedBackDrivingTorqueNm(23, 0);
        bench.command(BenchRegister.OUTPUT_ENABLE, 1);
        bench.command(BenchRegister.OUTPUT_TORQUE_COMMAND, backDriving * 0.99);
        bench.advance(1);
        assertThat(bench.reading().inputRpm()).isZero();
        assertThat(bench.reading().inputAngleDeg()).isZero();
        bench.command(BenchRegister.OUTPUT_TORQUE_COMMAND, 7.0);
        // 7 * 0.769231 / 100 = 0.0538462 Nm reach the input; (0.0538462 - 0.0357) / 2.55e-5 rpm
        assertThat(bench.reading().inputRpm()).isCloseTo(711.6138, within(1e-3));
        assertThat(bench.reading().inputTorqueNm()).isZero();
    }

    @Test
    void speedModeTurnsAtTheCommandAndCountsOutputRevolutions() {
        bench.command(BenchRegister.INPUT_ENABLE, 1);
        bench.command(BenchRegister.INPUT_MODE, InputMode.SPEED.code());
        bench.command(BenchRegister.INPUT_SPEED_COMMAND, 1000);
        bench.command(BenchRegister.OUTPUT_ENABLE, 1);
        bench.command(BenchRegister.OUTPUT_TORQUE_COMMAND, -50);
        BenchReading r = bench.reading();
        // 50 / (100 * 0.85) + (0.035 + 0.025) * 1.02 = 0.588235 + 0.0612
        assertThat(r.inputTorqueNm()).isCloseTo(0.649435, within(1e-6));
        assertThat(r.outputRpm()).isEqualTo(10);
        bench.advance(60);
        r = bench.reading();
        assertThat(r.simTimeS()).isEqualTo(60);
        assertThat(r.inputAngleDeg()).isCloseTo(360_000, within(1e-6));
        assertThat(r.outputRevolutions()).isCloseTo(10, within(1e-12));
        assertThat(r.housingC()).isGreaterThan(23);
    }

    @Test
    void positionModeStopsExactlyOnTheTarget() {
        bench.command(BenchRegister.INPUT_ENABLE, 1);
        bench.command(BenchRegister.INPUT_POSITION_COMMAND, 720);
        bench.command(BenchRegister.INPUT_MODE, InputMode.POSITION.code());
        assertThat(bench.reading().inputRpm()).isEqualTo(1000);
        // 720 deg at 1000 rpm = 6000 deg/s takes 0.12 s
        bench.advance(0.1);
        assertThat(bench.reading().inputAngleDeg()).isCloseTo(600, within(1e-9));
        bench.advance(5);
        assertThat(bench.reading().inputAngleDeg()).isEqualTo(720);
        assertThat(bench.reading().inputRpm()).isZero();
        assertThat(bench.reading().outputRevolutions()).isCloseTo(0.02, within(1e-15));
    }

    @Test
    void theHousingSettlesAtTheExpectedTemperatureRise() {
        bench.command(BenchRegister.INPUT_ENABLE, 1);
        bench.command(BenchRegister.INPUT_MODE, InputMode.SPEED.code());
        bench.command(BenchRegister.INPUT_SPEED_COMMAND, 2000);
        bench.command(BenchRegister.OUTPUT_ENABLE, 1);
        bench.command(BenchRegister.OUTPUT_TORQUE_COMMAND, -50);
        // 30 time constants in one call, as one tick at a large time scale would ask
        bench.advance(30 * 1600);
        BenchReading r = bench.reading();
        // wear over 16,000 output revolutions adds 3.2e-5 Nm of friction, 0.005 K at the end; the
        // housing lags that slowly growing rise by about a time constant, 1.4e-4 K
        assertThat(r.housingC() - 23).isCloseTo(model.expectedSteadyTemperatureRiseK(2000, -50, r.outputRevolutions()),
                within(5e-4));
        assertThat(r.outputRevolutions()).isCloseTo(16_000, within(1e-6));
    }

    @Test
    void outOfRangeCommandsAreRefusedAndChangeNothing() {
        assertThatThrownBy(() -> bench.command(BenchRegister.INPUT_MODE, 5))
                .hasMessage("input.mode must be 0 (locked), 1 (speed), 2 (position) or 3 (torque), got 5");
        assertThatThrownBy(() -> bench.command(BenchRegister.INPUT_ENABLE, 2))
                .hasMessage("input.enable must be 0 or 1, got 2.0");
        assertThatThrownBy(() -> bench.command(BenchRegister.INPUT_SPEED_COMMAND, 6000.5))
                .hasMessage("input.speed-command must be a number within ±6000.0 rpm, got 6000.5");
        assertThatThrownBy(() -> bench.command(BenchRegister.OUTPUT_TORQUE_COMMAND, Double.NaN))
                .hasMessage("output.torque-command must be a number within ±120.0 Nm, got NaN");
        assertThatThrownBy(() -> bench.command(BenchRegister.INPUT_POSITION_COMMAND, Double.POSITIVE_INFINITY))
                .hasMessage("input.position-command must be a finite angle, got Infinity");
        assertThat(bench.commanded(BenchRegister.INPUT_MODE)).isZero();
        assertThat(bench.commanded(BenchRegister.INPUT_SPEED_COMMAND)).isZero();
    }
}
