package org.testbench.rigs.sim.reducer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.testbench.protocols.ChannelException;

/**
 * The simulated bench over a real socket on 127.0.0.1, driven through the project's own
 * {@link org.testbench.protocols.modbus.ModbusChannel}, with the bundled harmonic reducer and its
 * sensor noise. Tolerances are five standard deviations of the sensors involved; no assertion
 * depends on how fast the machine is, except the time-scale test, which bounds simulated time by
 * wall-clock time with a generous margin.
 */
class SimulatedReducerServerTest {

    /** Five sigma of the output encoder's 0.5 arcsec, in arcmin. */
    private static final double OUTPUT_ANGLE_TOLERANCE_ARCMIN = 5 * 0.5 / 60;

    private static SimulatedReducerServer start(double timeScale) throws Exception {
        return SimulatedReducerServer.start(SimulatedReducerConfig.builder().port(0).seed(7).timeScale(timeScale).build());
    }

    @Test
    void servesOnLoopbackAndRefusesWhatIsNotInTheMap() throws Exception {
        try (SimulatedReducerServer server = start(1); BenchClient bench = new BenchClient(server)) {
            assertThat(server.port()).isPositive();
            assertThat(server.endpoint()).isEqualTo("modbus-tcp://127.0.0.1:" + server.port());
            double[] all = bench.read(BenchRegister.values());
            assertThat(all).hasSize(BenchRegister.values().length);
            assertThat(bench.read(BenchRegister.HOUSING_AMBIENT)).isCloseTo(23, within(5 * 0.05));

            assertThatThrownBy(() -> bench.channel().read(List.of("holding:19:uint16")))
                    .isInstanceOf(ChannelException.class).hasMessageContaining("ILLEGAL_DATA_ADDRESS");
            assertThatThrownBy(() -> bench.channel().read(List.of("input:36:uint16")))
                    .isInstanceOf(ChannelException.class).hasMessageContaining("ILLEGAL_DATA_ADDRESS");
            // half a float64 is not a command
            assertThatThrownBy(() -> bench.channel().write("holding:0:float32", 1.0))
                    .isInstanceOf(ChannelException.class).hasMessageContaining("ILLEGAL_DATA_ADDRESS");
            assertThatThrownBy(() -> bench.write(BenchRegister.INPUT_MODE, 7))
                    .isInstanceOf(ChannelException.class).hasMessageContaining("ILLEGAL_DATA_VALUE");
            assertThatThrownBy(() -> bench.write(BenchRegister.OUTPUT_TORQUE_COMMAND, 500))
                    .isInstanceOf(ChannelException.class).hasMessageContaining("ILLEGAL_DATA_VALUE");
            assertThat(bench.read(BenchRegister.INPUT_MODE)).isZero();
            assertThat(bench.read(BenchRegister.OUTPUT_TORQUE_COMMAND)).isZero();

            bench.write(BenchRegister.INPUT_MODE, InputMode.TORQUE.code());
            bench.write(BenchRegister.INPUT_SPEED_COMMAND, -1234.5);
            assertThat(bench.read(BenchRegister.INPUT_MODE)).isEqualTo(3);
            assertThat(bench.read(BenchRegister.INPUT_SPEED_COMMAND)).isEqualTo(-1234.5);
        }
    }

    @Test
    void aPortInUseIsReportedWithItsAddress() throws Exception {
        try (SimulatedReducerServer first = start(1)) {
            assertThatThrownBy(() -> SimulatedReducerServer.start(SimulatedReducerConfig.builder().port(first.port())
                    .build())).isInstanceOf(IOException.class)
                    .hasMessageStartingWith("cannot serve the simulated reducer bench on 127.0.0.1:" + first.port());
        }
    }

    @Test
    void aLockedInputTwistsAlongTheModelsHysteresisLoop() throws Exception {
        try (SimulatedReducerServer server = start(1); BenchClient bench = new BenchClient(server)) {
            ReducerModel model = server.model();
            bench.write(BenchRegister.INPUT_MODE, InputMode.LOCKED.code());
            bench.write(BenchRegister.INPUT_ENABLE, 1);
            bench.write(BenchRegister.OUTPUT_ENABLE, 1);
            double zero = model.transmissionErrorArcmin(0);
            double play = model.initialPlayNm();
            List<Double> loop = new ArrayList<>();
            for (int k = 0; k <= 10; k++) {
                loop.add(5.0 * k);
            }
            for (int k = 9; k >= -10; k--) {
                loop.add(5.0 * k);
            }
            for (int k = -9; k <= 0; k++) {
                loop.add(5.0 * k);
            }
            double unloadedFromAbove = Double.NaN;
            double unloadedFromBelow = Double.NaN;
            for (int i = 0; i < loop.size(); i++) {
                double torque = loop.get(i);
                bench.write(BenchRegister.OUTPUT_TORQUE_COMMAND, torque);
                play = model.nextPlayNm(play, torque);
                double[] read = bench.read(BenchRegister.OUTPUT_ANGLE, BenchRegister.OUTPUT_TORQUE);
                double twist = read[0] * 60 - zero;
                assertThat(twist).as("twist at %s Nm", torque)
                        .isCloseTo(model.twistArcmin(torque, play, 0), within(OUTPUT_ANGLE_TOLERANCE_ARCMIN));
                assertThat(read[1]).isCloseTo(torque, within(5 * 0.02));
                if (torque == 0 && i == 20) {
                    unloadedFromAbove = twist;
                }
                if (torque == 0 && i == loop.size() - 1) {
                    unloadedFromBelow = twist;
                }
            }
            assertThat(unloadedFromAbove - unloadedFromBelow).isCloseTo(model.expectedHysteresisLossArcmin(),
                    within(2 * OUTPUT_ANGLE_TOLERANCE_ARCMIN));
            assertThat(server.trueReading().inputAngleDeg()).isZero();
        }
    }

    @Test
    void inTorqueModeTheInputTurnsOnlyAboveTheStartingTorque() throws Exception {
        try (SimulatedReducerServer server = start(1); BenchClient bench = new BenchClient(server)) {
            double starting = server.model().expectedStartingTorqueNm(23, 0);
            bench.write(BenchRegister.INPUT_TORQUE_COMMAND, 0.98 * starting);
            bench.write(BenchRegister.INPUT_MODE, InputMode.TORQUE.code());
            bench.write(BenchRegister.INPUT_ENABLE, 1);
            awaitSimTime(bench, bench.read(BenchRegister.BENCH_SIM_TIME) + 0.05);
            assertThat(server.trueReading().inputAngleDeg()).isZero();
            assertThat(bench.read(BenchRegister.INPUT_TORQUE)).isCloseTo(0.98 * starting, within(5 * 0.002));

            bench.write(BenchRegister.INPUT_TORQUE_COMMAND, 0.060);
            // (0.060 - 0.035 * 1.02) / (2.5e-5 * 1.02) at ambient
            assertThat(bench.read(BenchRegister.INPUT_SPEED)).isCloseTo(952.94, within(5 * 0.5 + 0.05));
            double before = bench.read(BenchRegister.INPUT_ANGLE);
            awaitSimTime(bench, bench.read(BenchRegister.BENCH_SIM_TIME) + 0.05);
            assertThat(bench.read(BenchRegister.INPUT_ANGLE)).isGreaterThan(before + 200);
        }
    }

    @Test
    void speedModeRunsForSimulatedSecondsAtTheTimeScale() throws Exception {
        try (SimulatedReducerServer server = start(100); BenchClient bench = new BenchClient(server)) {
            bench.write(BenchRegister.INPUT_SPEED_COMMAND, 600);
            bench.write(BenchRegister.INPUT_MODE, InputMode.SPEED.code());
            bench.write(BenchRegister.INPUT_ENABLE, 1);
            Map<BenchRegister, Double> first = bench.measurements();
            Map<BenchRegister, Double> later = awaitSimTime(bench, first.get(BenchRegister.BENCH_SIM_TIME) + 3);
            // 600 rpm = 3600 deg per simulated second; the angle's noise is 3 arcsec per reading
            double seconds = later.get(BenchRegister.BENCH_SIM_TIME) - first.get(BenchRegister.BENCH_SIM_TIME);
            assertThat(later.get(BenchRegister.INPUT_ANGLE) - first.get(BenchRegister.INPUT_ANGLE))
                    .isCloseTo(3600 * seconds, within(10 * 3.0 / 3600));
            assertThat(later.get(BenchRegister.INPUT_SPEED)).isCloseTo(600, within(5 * 0.5));
            assertThat(later.get(BenchRegister.OUTPUT_SPEED)).isCloseTo(6, within(5 * 0.005));
            // a revolution of the output is 100 of the input, plus the transmission error
            assertThat(later.get(BenchRegister.OUTPUT_ANGLE) - first.get(BenchRegister.OUTPUT_ANGLE))
                    .isCloseTo(36 * seconds, within(1.0 / 60));
        }
    }

    @Test
    void theHousingWarmsUnderLoadTowardsTheExpectedRise() throws Exception {
        try (SimulatedReducerServer server = start(60_000); BenchClient bench = new BenchClient(server)) {
            // the servo first: a load of 50 Nm on a free input would back-drive it at full speed
            bench.write(BenchRegister.INPUT_SPEED_COMMAND, 2000);
            bench.write(BenchRegister.INPUT_MODE, InputMode.SPEED.code());
            bench.write(BenchRegister.INPUT_ENABLE, 1);
            bench.write(BenchRegister.OUTPUT_TORQUE_COMMAND, -50);
            bench.write(BenchRegister.OUTPUT_ENABLE, 1);
            double start = bench.read(BenchRegister.BENCH_SIM_TIME);
            Map<BenchRegister, Double> oneTimeConstant = awaitSimTime(bench, start + 1600);
            Map<BenchRegister, Double> settled = awaitSimTime(bench, start + 20 * 1600);
            double rise = server.model().expectedSteadyTemperatureRiseK(2000, -50);
            // from ambient the housing approaches its steady rise from below; polling may read it late
            assertThat(oneTimeConstant.get(BenchRegister.HOUSING_TEMPERATURE)).isGreaterThan(23 + 0.3 * rise)
                    .isLessThan(23 + rise + 5 * 0.05);
            assertThat(settled.get(BenchRegister.HOUSING_TEMPERATURE) - settled.get(BenchRegister.HOUSING_AMBIENT))
                    .isCloseTo(rise, within(5 * 0.05 * Math.sqrt(2) + 0.01));
        }
    }

    @Test
    void atTimeScale60000TenMillisecondsAreTenSimulatedMinutes() throws Exception {
        try (SimulatedReducerServer server = start(60_000); BenchClient bench = new BenchClient(server)) {
            long wallStart = System.nanoTime();
            double simStart = bench.read(BenchRegister.BENCH_SIM_TIME);
            Thread.sleep(300);
            double simEnd = bench.read(BenchRegister.BENCH_SIM_TIME);
            double wallSeconds = (System.nanoTime() - wallStart) * 1e-9;
            // 600 s per 10 ms; generous, since a loaded machine delays ticks
            assertThat(simEnd - simStart).isBetween(0.5 * 60_000 * wallSeconds, 1.5 * 60_000 * wallSeconds);
        }
    }

    /**
     * Polls until simulated time has passed {@code simTime}.
     *
     * @return the first complete set of measurements past it
     */
    private static Map<BenchRegister, Double> awaitSimTime(BenchClient bench, double simTime) throws Exception {
        while (true) {
            Map<BenchRegister, Double> measurements = bench.measurements();
            if (measurements.get(BenchRegister.BENCH_SIM_TIME) >= simTime) {
                return measurements;
            }
            Thread.sleep(SimulatedReducerServer.TICK_MS);
        }
    }
}
