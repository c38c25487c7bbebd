package org.testbench.rigs.sim.robot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testbench.protocols.ChannelException;
import org.testbench.protocols.SignalValue;
import org.testbench.standards.geometry.Pose;
import org.testbench.standards.geometry.Vector3;

/** The simulated robot over a real socket, driven through the bench's own OPC UA channel. */
class SimulatedRobotServerTest {

    private static final Vector3 BIAS = new Vector3(0.2, -0.1, 0.05);
    private static final Pose START = Pose.of(900, 0, 800, 180, 0, 0);

    private static SimulatedRobotServer server;
    private RobotClient robot;

    @BeforeAll
    static void startServer() throws Exception {
        server = SimulatedRobotServer.start(SimulatedRobotConfig.builder().port(0).biasMm(BIAS).sigmaMm(0)
                .timeScale(10).seed(11).build());
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }

    @BeforeEach
    void connectAndGoToStart() throws ChannelException {
        robot = new RobotClient(server);
        robot.channel().write(RobotClient.SPEED_OVERRIDE, 100.0);
        robot.moveTo(START);
    }

    @AfterEach
    void disconnect() {
        robot.close();
    }

    @Test
    void servesOnLoopbackWithTheNamespaceAtIndexTwo() throws ChannelException {
        assertThat(server.port()).isPositive();
        assertThat(server.endpointUrl()).isEqualTo("opc.tcp://127.0.0.1:" + server.port() + "/testbench");

        List<SignalValue> byUri = robot.channel().read(List.of(
                "nsu=" + SimulatedRobotServer.NAMESPACE_URI + ";s=Robot/MoveDone", RobotClient.MOVE_DONE));
        assertThat(byUri.get(0).value()).isEqualTo(byUri.get(1).value());
    }

    @Test
    void withoutNoiseTheTrackerReadsCommandedPlusBias() throws ChannelException {
        Pose target = Pose.of(1100, -150, 650, 180, 5, 30);
        long before = server.movesCompleted();

        robot.moveTo(target);
        Instant readStart = server.instantOf(server.simulatedSeconds());
        List<SignalValue> tracker = robot.channel().read(RobotClient.TRACKER);
        Instant readEnd = server.instantOf(server.simulatedSeconds());

        Pose measured = RobotClient.pose(tracker);
        assertThat(measured.position()).isEqualTo(new Vector3(1100 + 0.2, -150 - 0.1, 650 + 0.05));
        assertThat(measured.a()).isCloseTo(180, within(1e-9));
        assertThat(measured.b()).isCloseTo(5, within(1e-9));
        assertThat(measured.c()).isCloseTo(30, within(1e-9));
        assertThat(robot.actual()).isEqualTo(target);
        assertThat(server.actualPose()).isEqualTo(target);
        assertThat(server.movesCompleted()).isEqualTo(before + 1);
        assertThat(robot.readInt(RobotClient.MOTION_STATE)).isEqualTo(MotionState.IDLE.code());
        // the tracker stamps each value with the simulated time it was read
        assertThat(tracker).allSatisfy(v -> assertThat(v.sourceTime()).isBetween(readStart, readEnd));
    }

    @Test
    void aMoveTakesItsSimulatedTimeDividedByTheTimeScale() throws ChannelException {
        // 1800 mm at 50 % of 1000 mm/s is 3.6 s of motion, plus 0.2 s settling: 0.38 s at time scale 10
        robot.channel().write(RobotClient.SPEED_OVERRIDE, 50.0);
        Pose far = Pose.of(-900, 0, 800, 180, 0, 0);
        long start = System.nanoTime();

        int request = robot.startMove(far);

        assertThat(robot.readInt(RobotClient.MOTION_STATE)).isEqualTo(MotionState.MOVING.code());
        assertThat(robot.readInt(RobotClient.MOVE_DONE)).isNotEqualTo(request);
        assertThat(server.lastMoveSimulatedSeconds()).isCloseTo(3.8, within(1e-9));
        while (robot.readInt(RobotClient.MOVE_DONE) != request) {
            LockSupport.parkNanos(Duration.ofMillis(1).toNanos());
        }
        Duration wall = Duration.ofNanos(System.nanoTime() - start);
        assertThat(wall).isGreaterThanOrEqualTo(Duration.ofMillis(380))
                .as("well under the 3.8 s it would take unscaled").isLessThan(Duration.ofMillis(3800));
    }

    @Test
    void stopHaltsTheRobotWhereItIs() throws ChannelException {
        robot.channel().write(RobotClient.SPEED_OVERRIDE, 1.0);
        int request = robot.startMove(Pose.of(900, 0, -200, 180, 0, 0));
        assertThat(robot.readInt(RobotClient.MOTION_STATE)).isEqualTo(MotionState.MOVING.code());

        robot.channel().write(RobotClient.STOP, true);
        Pose stoppedAt = robot.actual();
        LockSupport.parkNanos(Duration.ofMillis(50).toNanos());

        assertThat(robot.readInt(RobotClient.MOTION_STATE)).isEqualTo(MotionState.STOPPED.code());
        assertThat(robot.actual()).isEqualTo(stoppedAt);
        assertThat(stoppedAt.position().z()).isBetween(-200.0, 800.0).isNotEqualTo(-200.0);
        assertThat(robot.readInt(RobotClient.MOVE_DONE)).isNotEqualTo(request);
        assertThat(server.stopped()).isTrue();
        assertThat(server.motionState()).isEqualTo(MotionState.STOPPED);

        robot.channel().write(RobotClient.SPEED_OVERRIDE, 100.0);
        robot.moveTo(START);
        assertThat(robot.channel().read(List.of(RobotClient.STOP)).get(0).value()).isEqualTo(false);
        assertThat(robot.readInt(RobotClient.MOTION_STATE)).isEqualTo(MotionState.IDLE.code());
    }

    @Test
    void speedOverrideOutsideOneToHundredIsRefused() throws ChannelException {
        robot.channel().write(RobotClient.SPEED_OVERRIDE, 37.5);

        for (double bad : new double[] {0.0, 150.0, 100.5, Double.NaN}) {
            assertThatThrownBy(() -> robot.channel().write(RobotClient.SPEED_OVERRIDE, bad))
                    .isInstanceOf(ChannelException.class)
                    .hasMessageContaining(RobotClient.SPEED_OVERRIDE)
                    .hasMessageContaining("Bad_OutOfRange");
        }
        assertThat(robot.channel().read(List.of(RobotClient.SPEED_OVERRIDE)).get(0).value()).isEqualTo(37.5);
    }

    @Test
    void readOnlyNodesRefuseWrites() {
        for (String address : List.of(RobotClient.TRACKER.get(0), RobotClient.MOVE_DONE, RobotClient.ACTUAL.get(2))) {
            Object value = address.equals(RobotClient.MOVE_DONE) ? (Object) 5 : (Object) 1.0;
            assertThatThrownBy(() -> robot.channel().write(address, value))
                    .isInstanceOf(ChannelException.class)
                    .hasMessageContaining(address)
                    .message().containsAnyOf("Bad_NotWritable", "Bad_UserAccessDenied");
        }
    }

    @Test
    void unreachableOrNonNumericTargetsFault() throws ChannelException {
        int done = robot.readInt(RobotClient.MOVE_DONE);

        robot.startMove(Pose.of(3000, 0, 0, 180, 0, 0));
        assertThat(robot.readInt(RobotClient.MOTION_STATE)).isEqualTo(MotionState.FAULT.code());
        robot.startMove(Pose.of(Double.NaN, 0, 800, 180, 0, 0));
        assertThat(robot.readInt(RobotClient.MOTION_STATE)).isEqualTo(MotionState.FAULT.code());

        assertThat(robot.readInt(RobotClient.MOVE_DONE)).isEqualTo(done);
        assertThat(server.actualPose()).isEqualTo(START);
    }

    @Test
    void aTakenPortIsReportedWithTheAddress() {
        SimulatedRobotConfig samePort = SimulatedRobotConfig.builder().port(server.port()).build();

        assertThatThrownBy(() -> SimulatedRobotServer.start(samePort).close())
                .isInstanceOf(IOException.class)
                .hasMessageContaining("opc.tcp://127.0.0.1:" + server.port() + "/testbench");
    }

    @Test
    void rewritingTheSameRequestNumberDoesNotMoveAgain() throws ChannelException {
        long completed = server.movesCompleted();
        int request = robot.readInt(RobotClient.MOVE_REQUEST);
        robot.channel().write(RobotClient.TARGET.get(0), 1000.0);

        robot.channel().write(RobotClient.MOVE_REQUEST, request);

        assertThat(robot.readInt(RobotClient.MOTION_STATE)).isEqualTo(MotionState.IDLE.code());
        assertThat(server.movesCompleted()).isEqualTo(completed);
        assertThat(server.actualPose()).isEqualTo(START);
    }
}
