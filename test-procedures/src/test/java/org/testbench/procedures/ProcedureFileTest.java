package org.testbench.procedures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.testbench.procedures.execution.RunListener;
import org.testbench.procedures.step.StepContext;
import org.testbench.rigs.DeviceType;
import org.testbench.rigs.yaml.InputException;
import org.testbench.rigs.yaml.YamlDocument;
import org.testbench.standards.geometry.Pose;

class ProcedureFileTest {

    private static final String MINIMAL = String.join("\n",
            "procedure: p",
            "title: t",
            "standard: s",
            "clauses: ['1']",
            "parameters:",
            "  n: {type: integer, default: 3, min: 1, max: 100}",
            "  v: {type: number, unit: '%', default: 50, min: 1, max: 100}",
            "  centre: {type: vector, unit: mm, default: [0, 0, 0]}",
            "  plane: {type: choice, choices: [C1-C2-C7-C8], default: C1-C2-C7-C8}",
            "poses:",
            "  test-cube: {centre: $centre, edge: 100, plane: $plane, orientation: [0, 0, 0]}",
            "setup:",
            "  - set-speed: {percent: $v}",
            "main:",
            "  - repeat:",
            "      times: $n",
            "      as: cycle",
            "      steps:",
            "        - for-each-pose:",
            "            poses: [P1, P2]",
            "            as: target",
            "            steps:",
            "              - move: {pose: $target}",
            "              - measure-pose",
            "teardown:",
            "  - stop-robot",
            "analysis: [pose-repeatability]",
            "");

    private static Procedure parse(String text) throws InputException {
        return ProcedureFile.parse(YamlDocument.parse(text, "p.yaml"));
    }

    private static void assertRejected(String text, String expected) {
        assertThatThrownBy(() -> parse(text)).isInstanceOf(InputException.class).hasMessage(expected);
    }

    @Test
    void theBuiltInPoseProcedureFollowsTheStandard() throws Exception {
        Procedure p = ProcedureFile.load("iso9283-pose");
        assertThat(p.clauses()).containsExactly("7.2.1", "7.2.2");
        assertThat(p.requiredDevices()).containsExactlyInAnyOrder(DeviceType.ROBOT, DeviceType.POSE_TRACKER);
        Parameters values = Parameters.bind(p.parameters(), Map.of(), "-p");
        assertThat(values.number("cycles")).isEqualTo(30);
        Map<String, Pose> poses = p.commandedPoses(values);
        assertThat(poses).containsOnlyKeys("P1", "P2", "P3", "P4", "P5");
        assertThat(poses.get("P1").position().x()).isEqualTo(1000.0);
        assertThat(poses.get("P1").a()).isEqualTo(180.0);
        StepContext context = new StepContext(values, poses, null, null, new RunListener() { });
        // set-speed + 30 cycles x 5 poses x (move + measure) + stop-robot
        assertThat(p.plannedLeaves(context)).isEqualTo(1 + 30 * 5 * 2 + 1);
        ParameterSpec cycles = p.parameters().stream().filter(s -> s.name().equals("cycles")).findFirst().orElseThrow();
        assertThat(cycles.deviates(values.get("cycles"))).isFalse();
        Parameters ten = Parameters.bind(p.parameters(), Map.of("cycles", "10"), "-p");
        assertThat(cycles.deviates(ten.get("cycles"))).as("10 cycles deviate from ISO 9283's 30").isTrue();
        assertThat(p.plannedLeaves(new StepContext(ten, poses, null, null, new RunListener() { })))
                .isEqualTo(1 + 10 * 5 * 2 + 1);
    }

    @Test
    void parametersAreCheckedAgainstTheirDeclaration() throws Exception {
        Procedure p = parse(MINIMAL);
        assertThatThrownBy(() -> Parameters.bind(p.parameters(), Map.of("n", "0"), "-p"))
                .isInstanceOf(InputException.class).hasMessage("-p n=0: must lie in [1, 100], found 0");
        assertThatThrownBy(() -> Parameters.bind(p.parameters(), Map.of("v", "fast"), "-p"))
                .isInstanceOf(InputException.class).hasMessage("-p v=fast: expected a number, found 'fast'");
        assertThatThrownBy(() -> Parameters.bind(p.parameters(), Map.of("cycels", "3"), "-p"))
                .isInstanceOf(InputException.class)
                .hasMessage("-p cycels: the procedure has no parameter 'cycels' (its parameters: n, v, centre, plane)");
        assertThatThrownBy(() -> Parameters.bind(p.parameters(), Map.of("centre", "1,2"), "-p"))
                .isInstanceOf(InputException.class)
                .hasMessage("-p centre=1,2: expected three numbers x,y,z, found '1,2'");
        Parameters ok = Parameters.bind(p.parameters(), Map.of("centre", "1, 2.5, -3"), "-p");
        assertThat(ok.vector("centre")).containsExactly(1, 2.5, -3);
        assertThat(ok.asText()).containsEntry("centre", "1,2.5,-3").containsEntry("n", "3");
    }

    @Test
    void unknownStepTypeIsNamedWithItsLocation() {
        assertRejected(MINIMAL.replace("- measure-pose", "- measure-pos"),
                "p.yaml:24:17: main[0].repeat.steps[0].for-each-pose.steps[1]: unknown step type 'measure-pos'"
                        + " (known: apply-load, checkpoint, dwell, follow-path, for-each, for-each-pose, measure, measure-pose, move, ramp,"
                        + " repeat, set, set-speed, stop-robot, track, wait-until)");
    }

    @Test
    void unknownReferenceAndWrongKindAreRejected() {
        assertRejected(MINIMAL.replace("{pose: $target}", "{pose: $tagret}"),
                "p.yaml:23:30: main[0].repeat.steps[0].for-each-pose.steps[0].move.pose: unknown reference '$tagret'"
                        + " (known: $centre, $cycle, $n, $plane, $target, $v)");
        assertRejected(MINIMAL.replace("times: $n", "times: $v"),
                "p.yaml:16:14: main[0].repeat.times: '$v' is a number, but a integer is needed here");
        assertRejected(MINIMAL.replace("{pose: $target}", "{pose: $cycle}"),
                "p.yaml:23:30: main[0].repeat.steps[0].for-each-pose.steps[0].move.pose: '$cycle' is a integer,"
                        + " but a pose is needed here");
    }

    @Test
    void unknownPoseArgumentAndAnalysisAreRejected() {
        assertRejected(MINIMAL.replace("poses: [P1, P2]", "poses: [P1, P6]"),
                "p.yaml:20:25: main[0].repeat.steps[0].for-each-pose.poses[1]: unknown pose 'P6' (poses: P1, P2, P3, P4, P5)");
        assertRejected(MINIMAL.replace("move: {pose: $target}", "move: {pose: $target, speed: 3}"),
                "p.yaml:23:39: main[0].repeat.steps[0].for-each-pose.steps[0].move.speed: unknown key 'speed'"
                        + " (expected one of: pose, from, distance, timeout-s)");
        assertRejected(MINIMAL.replace("move: {pose: $target}", "move: {pose: $target, from: x}"),
                "p.yaml:23:45: main[0].repeat.steps[0].for-each-pose.steps[0].move.from: expected one of +x, -x, +y,"
                        + " -y, +z, -z (the base axis the pose is approached from), found 'x'");
        assertRejected(MINIMAL.replace("move: {pose: $target}", "apply-load: {direction: down, force: 5 N}"),
                "p.yaml:23:41: main[0].repeat.steps[0].for-each-pose.steps[0].apply-load.direction: expected one of +x,"
                        + " -x, +y, -y, +z, -z (the base axis the load pushes along), found 'down'");
        assertRejected(MINIMAL.replace("move: {pose: $target}", "apply-load: {direction: -z, force: 5 mm}"),
                "p.yaml:23:52: main[0].repeat.steps[0].for-each-pose.steps[0].apply-load.force: '5 mm' is a length,"
                        + " but a force is needed here");
        assertRejected(MINIMAL.replace("move: {pose: $target}", "move: {pose: $target, distance: 50 mm}"),
                "p.yaml:23:49: main[0].repeat.steps[0].for-each-pose.steps[0].move.distance: a distance goes with"
                        + " 'from', the approach direction");
        assertRejected(MINIMAL.replace("analysis: [pose-repeatability]", "analysis: [pose-repeat]"),
                "p.yaml:27:12: analysis[0]: unknown analysis 'pose-repeat' (known: back-driving-torque,"
                        + " corner-deviation, distance-accuracy, efficiency, hysteresis, lifetime-trend, multi-directional-pose-accuracy, no-load-running-torque,"
                        + " path-accuracy, path-velocity, pose-accuracy, pose-drift, pose-repeatability, pose-stabilization, series-mean, starting-torque,"
                        + " static-compliance,"
                        + " temperature-rise, transmission-error)");
    }

    @Test
    void rangesAreCheckedBeforeTheRigMoves() {
        assertRejected(MINIMAL.replace("{percent: $v}", "{percent: 150}"),
                "p.yaml:13:26: setup[0].set-speed.percent: must lie in [1, 100], found 150");
        assertRejected(MINIMAL.replace("v: {type: number, unit: '%', default: 50, min: 1, max: 100}",
                        "v: {type: number, unit: '%', default: 50, min: 1}"),
                "p.yaml:13:26: setup[0].set-speed.percent: parameter 'v' must declare min and max within [1, 100],"
                        + " it declares [1, inf]");
        assertRejected(MINIMAL.replace("times: $n", "times: 0"),
                "p.yaml:16:14: main[0].repeat.times: must lie in [1, 1000000000], found 0");
        assertRejected(MINIMAL.replace("- measure-pose", "- repeat: {times: $cycle, as: inner, steps: [measure-pose]}"),
                "p.yaml:24:33: main[0].repeat.steps[0].for-each-pose.steps[1].repeat.times: '$cycle' is a loop variable;"
                        + " only a literal or a parameter can be used here");
        assertRejected(MINIMAL.replace("- measure-pose", "- dwell: {seconds: -1}"),
                "p.yaml:24:34: main[0].repeat.steps[0].for-each-pose.steps[1].dwell.seconds: must lie in [0, 86400],"
                        + " found -1");
    }

    @Test
    void loopVariablesCannotTakeReservedOrOddNames() {
        assertRejected(MINIMAL.replace("as: target", "as: pose"),
                "p.yaml:21:17: main[0].repeat.steps[0].for-each-pose.as: 'pose' is reserved: samples are already"
                        + " tagged with it");
        assertRejected(MINIMAL.replace("as: cycle", "as: 'cy,cle'"),
                "p.yaml:17:11: main[0].repeat.as: a loop variable's name is lower-case letters, digits and '-',"
                        + " found 'cy,cle'");
    }

    @Test
    void aLoopVariableMayNotShadowAParameter() {
        assertRejected(MINIMAL.replace("as: cycle", "as: n"),
                "p.yaml:17:11: main[0].repeat.as: 'n' is already a parameter or loop variable");
    }

    @Test
    void anUnknownFileOrNameSaysWhatExists() {
        assertThatThrownBy(() -> ProcedureFile.load("iso9283-paths"))
                .isInstanceOf(InputException.class)
                .hasMessage("iso9283-paths: no such procedure file, and no built-in procedure of that name"
                        + " (built-in: iso9283-pose, iso9283-multi-directional, iso9283-distance, iso9283-drift, iso9283-compliance, iso9283-stabilization, iso9283-path, iso9283-corners, reducer-hysteresis, reducer-transmission-error,"
                        + " reducer-starting-torque, reducer-backdriving-torque, reducer-no-load-torque, reducer-efficiency,"
                        + " reducer-temperature-rise, reducer-lifetime)");
    }
}
