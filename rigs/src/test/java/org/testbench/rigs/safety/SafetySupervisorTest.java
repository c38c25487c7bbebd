package org.testbench.rigs.safety;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testbench.rigs.Rig;
import org.testbench.rigs.RigDefinition;
import org.testbench.rigs.RigFile;
import org.testbench.rigs.sim.robot.SimulatedRobotConfig;
import org.testbench.rigs.sim.robot.SimulatedRobotServer;
import org.testbench.rigs.yaml.YamlDocument;
import org.testbench.standards.geometry.Pose;

/**
 * The supervisor against the simulated robot over OPC UA: the robot starts at its home pose
 * (800, 0, 1000) mm and is moved through the rig, and the supervisor watches what the tracker and
 * the controller publish.
 */
class SafetySupervisorTest {

    private SimulatedRobotServer server;
    private final CompletableFuture<SafetyTrip> handedOver = new CompletableFuture<>();

    @BeforeEach
    void startTheSimulator() throws Exception {
        server = SimulatedRobotServer.start(SimulatedRobotConfig.builder().port(0).timeScale(5).seed(1).build());
    }

    @AfterEach
    void stopTheSimulator() {
        server.close();
    }

    /** The bundled rig file, aimed at the simulator, with some of its text replaced. */
    private RigDefinition rig(String from, String to) throws Exception {
        String text = RigFile.load("sim-robot").text().replace("opc.tcp://127.0.0.1:4840/testbench", server.endpointUrl());
        assertThat(text).contains(from);
        return RigFile.parse(YamlDocument.parse(text.replace(from, to), "rig.yaml"));
    }

    @Test
    void theFirstSampleOutsideASignalsLimitsTripsOnce() throws Exception {
        RigDefinition definition = rig("x: {address: \"ns=2;s=Tracker/X\", unit: mm}",
                "x: {address: \"ns=2;s=Tracker/X\", unit: mm, limits: {min: 700, max: 1100}, rate: 100 Hz}");
        try (Rig rig = Rig.connect(definition); SafetySupervisor supervisor = SafetySupervisor.start(rig, handedOver::complete)) {
            // the bundled file's speed-override limit and workspace, plus this x limit on the tracker
            assertThat(supervisor.limits()).extracting(l -> l.device() + "." + l.signal().name() + " " + l.source())
                    .containsExactly("robot.speed-override limits", "tracker.x limits",
                            "tracker.x workspace of robot robot", "tracker.y workspace of robot robot",
                            "tracker.z workspace of robot robot");
            assertThat(supervisor.trip()).as("home x = 800 mm lies inside 700..1100 mm").isEmpty();

            java.time.Instant commanded = java.time.Instant.now();
            rig.robot("robot").moveTo(Pose.of(1200, 0, 1000, 180, 0, 0), Duration.ofSeconds(30));
            SafetyTrip trip = handedOver.get(30, TimeUnit.SECONDS);

            assertThat(trip.device()).isEqualTo("tracker");
            assertThat(trip.signal()).isEqualTo("x");
            assertThat(trip.address()).isEqualTo("ns=2;s=Tracker/X");
            assertThat(trip.value()).isGreaterThan(1100).isLessThanOrEqualTo(1200);
            assertThat(trip.unit()).isEqualTo("mm");
            assertThat(trip.minimum()).isEqualTo(700);
            assertThat(trip.maximum()).isEqualTo(1100);
            assertThat(trip.limit()).isEqualTo("limits");
            // detected is wall time; sampled is the simulator's source time, which runs ahead at its time scale
            assertThat(trip.detected()).isAfterOrEqualTo(commanded);
            assertThat(trip.describe()).startsWith("tracker.x = ").contains(" mm, above the maximum 1100 mm (limits), sampled ");
            assertThat(supervisor.trip()).contains(trip);
        }
    }

    @Test
    void theWorkspaceIsTheEnvelopeOfThePositionTheTrackerMeasures() throws Exception {
        RigDefinition definition = rig("workspace: {min: [-1400, -1400, 0], max: [1400, 1400, 1800], rate: 50 Hz}",
                "workspace: {min: [-1400, -1400, 900], max: [1400, 1400, 1800], rate: 50 Hz}");
        try (Rig rig = Rig.connect(definition); SafetySupervisor supervisor = SafetySupervisor.start(rig, handedOver::complete)) {
            assertThat(supervisor.trip()).as("home z = 1000 mm lies above 900 mm").isEmpty();
            rig.robot("robot").moveTo(Pose.of(800, 0, 850, 180, 0, 0), Duration.ofSeconds(30));
            SafetyTrip trip = handedOver.get(30, TimeUnit.SECONDS);
            assertThat(trip.signal()).isEqualTo("z");
            assertThat(trip.value()).isLessThan(900).isGreaterThanOrEqualTo(850);
            assertThat(trip.minimum()).isEqualTo(900);
            assertThat(trip.maximum()).isEqualTo(1800);
            assertThat(trip.limit()).isEqualTo("workspace of robot robot");
            assertThat(trip.describe()).contains(" mm, below the minimum 900 mm (workspace of robot robot), sampled ");
        }
    }

    @Test
    void aLimitAlreadyViolatedTripsBeforeStartReturns() throws Exception {
        // The simulator's speed override starts at 100 %: a limit of 50 % is violated before anything moves.
        RigDefinition definition = rig("limits: {max: 100}, rate: 10 Hz", "limits: {max: 50}, rate: 10 Hz");
        try (Rig rig = Rig.connect(definition); SafetySupervisor supervisor = SafetySupervisor.start(rig, handedOver::complete)) {
            assertThat(handedOver).isCompleted();
            SafetyTrip trip = handedOver.get();
            assertThat(List.of(trip.device(), trip.signal(), trip.unit())).containsExactly("robot", "speed-override", "%");
            assertThat(trip.value()).isEqualTo(100.0);
            assertThat(trip.describe()).startsWith("robot.speed-override = 100 %, above the maximum 50 % (limits), sampled ");
            assertThat(supervisor.trip()).contains(trip);
        }
    }
}
