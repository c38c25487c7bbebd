package org.testbench.rigs.sim.reducer;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.testbench.rigs.BundledFiles;
import org.testbench.rigs.yaml.InputException;
import org.testbench.rigs.yaml.YamlDocument;
import org.testbench.rigs.yaml.YamlMap;
import org.testbench.rigs.yaml.YamlNode;

/**
 * Reads a simulated reducer's params file. Units are fixed and written in the bundled examples
 * ({@code sim/reducer-harmonic.yaml}, {@code sim/reducer-rv.yaml}): torques in Nm (friction at
 * the input, the rest at the output), angles in arcmin, speeds in input rpm, temperatures in degC.
 * Every key is required except {@code noise}; an unknown key, a value out of range or values that
 * contradict each other are an {@link InputException} naming file, line, column and field.
 */
public final class ReducerParamsFile {

    private static final String BUNDLED_HARMONIC = "reducer-harmonic";

    /** Every number read, by its dotted field path, so a range error can point at its line. */
    private final Map<String, YamlNode> fields = new HashMap<>();

    private ReducerParamsFile() {
    }

    /**
     * @param nameOrPath a params file's path, or the name of a bundled one ("reducer-harmonic",
     *                   "reducer-rv")
     * @return the parameters
     * @throws InputException naming the first problem found
     */
    public static ReducerParams load(String nameOrPath) throws InputException {
        Path path = Path.of(nameOrPath);
        return parse(Files.isRegularFile(path) ? YamlDocument.read(path) : BundledFiles.read("sim", nameOrPath));
    }

    /**
     * @param document a parsed params file
     * @return the parameters
     * @throws InputException naming the first problem found
     */
    public static ReducerParams parse(YamlDocument document) throws InputException {
        return new ReducerParamsFile().read(document);
    }

    /** The harmonic example every {@link ReducerParams#builder()} starts from; shipped, so always valid. */
    static ReducerParams bundledHarmonic() {
        try {
            return load(BUNDLED_HARMONIC);
        } catch (InputException e) {
            throw new IllegalStateException("the bundled " + BUNDLED_HARMONIC + " params file is broken: "
                    + e.getMessage(), e);
        }
    }

    private ReducerParams read(YamlDocument document) throws InputException {
        YamlMap top = document.root().asMap();
        ReducerParams.Builder builder = ReducerParams.builderWithoutDefaults(top.required("reducer").asText());
        try {
            builder.ratio(number(top, "ratio"))
                    .ratedTorqueNm(number(top, "rated-torque"))
                    .peakTorqueNm(number(top, "peak-torque"))
                    .maxInputSpeedRpm(number(top, "max-input-speed"))
                    .positioningSpeedRpm(number(top, "positioning-speed"));
            YamlMap stiffness = top.required("stiffness").asMap();
            builder.stiffness(new StiffnessCurve(number(stiffness, "k1"), number(stiffness, "k2"),
                    number(stiffness, "k3"), number(stiffness, "t1"), number(stiffness, "t2")));
            stiffness.rejectUnknown();
            YamlMap hysteresis = top.required("hysteresis").asMap();
            builder.hysteresisLossArcmin(number(hysteresis, "loss"))
                    .hysteresisTransitionNm(number(hysteresis, "transition-torque"));
            hysteresis.rejectUnknown();
            YamlMap lostMotion = top.required("lost-motion").asMap();
            builder.lostMotion(number(lostMotion, "value"), number(lostMotion, "at-torque-percent"))
                    .lostMotionGrowthArcminPerMillionRevolutions(number(lostMotion, "growth"));
            lostMotion.rejectUnknown();
            builder.harmonics(harmonics(top.required("transmission-error")));
            YamlMap friction = top.required("friction").asMap();
            builder.friction(new Friction(number(friction, "starting-torque"), number(friction, "running-torque"),
                    number(friction, "viscous"), number(friction, "reference-temperature"),
                    number(friction, "temperature-coefficient"), number(friction, "minimum-factor"),
                    number(friction, "growth")));
            friction.rejectUnknown();
            YamlMap efficiency = top.required("efficiency").asMap();
            builder.forwardEfficiency(number(efficiency, "forward"))
                    .backDrivingTorqueNm(number(efficiency, "back-driving-torque"));
            efficiency.rejectUnknown();
            YamlMap thermal = top.required("thermal").asMap();
            builder.thermal(new HousingThermal(number(thermal, "ambient"), number(thermal, "resistance"),
                    number(thermal, "capacitance")));
            thermal.rejectUnknown();
            builder.noise(top.optional("noise").isPresent() ? noise(top.required("noise").asMap()) : SensorNoise.NONE);
            top.rejectUnknown();
            return builder.build();
        } catch (IllegalArgumentException e) {
            throw located(e.getMessage(), document);
        }
    }

    private List<TransmissionHarmonic> harmonics(YamlNode list) throws InputException {
        List<TransmissionHarmonic> harmonics = new ArrayList<>();
        for (YamlNode item : list.asList()) {
            YamlMap map = item.asMap();
            YamlNode shaftNode = map.required("shaft");
            TransmissionHarmonic.Shaft shaft = switch (shaftNode.asText()) {
                case "input" -> TransmissionHarmonic.Shaft.INPUT;
                case "output" -> TransmissionHarmonic.Shaft.OUTPUT;
                default -> throw shaftNode.error("expected input or output, found '" + shaftNode.asText() + "'");
            };
            YamlNode orderNode = map.required("order");
            long order = orderNode.asLong();
            if (order < 1 || order > 1000) {
                throw orderNode.error("the order is a whole number of cycles per revolution, 1 to 1000, found " + order);
            }
            double amplitude = number(map, "amplitude");
            double phase = number(map, "phase");
            map.rejectUnknown();
            try {
                harmonics.add(new TransmissionHarmonic(shaft, (int) order, amplitude, phase));
            } catch (IllegalArgumentException e) {
                throw item.error(e.getMessage());
            }
        }
        return harmonics;
    }

    private SensorNoise noise(YamlMap map) throws InputException {
        SensorNoise noise = new SensorNoise(number(map, "input-angle"), number(map, "output-angle"),
                number(map, "input-speed"), number(map, "output-speed"), number(map, "input-torque"),
                number(map, "output-torque"), number(map, "temperature"));
        map.rejectUnknown();
        return noise;
    }

    private double number(YamlMap map, String key) throws InputException {
        YamlNode node = map.required(key);
        fields.put(node.path(), node);
        return node.asDouble();
    }

    /** The parameter types start their messages with the field's path; point at that field's line. */
    private InputException located(String message, YamlDocument document) {
        int space = message.indexOf(' ');
        YamlNode node = space < 0 ? null : fields.get(message.substring(0, space));
        return node == null ? document.root().error(message) : node.error(message.substring(space + 1));
    }
}
