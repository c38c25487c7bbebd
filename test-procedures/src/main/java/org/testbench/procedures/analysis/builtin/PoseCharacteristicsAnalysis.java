package org.testbench.procedures.analysis.builtin;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.testbench.procedures.analysis.Analysis;
import org.testbench.procedures.analysis.AnalysisInput;
import org.testbench.procedures.analysis.PoseAnalysis;
import org.testbench.procedures.analysis.PoseMeasurements;
import org.testbench.procedures.analysis.PoseScatterFigures;
import org.testbench.procedures.step.StepParser;
import org.testbench.rigs.Sample;
import org.testbench.rigs.SignalName;
import org.testbench.rigs.Unit;
import org.testbench.rigs.yaml.InputException;
import org.testbench.rigs.yaml.YamlNode;
import org.testbench.standards.Result;
import org.testbench.standards.StatedUncertainty;
import org.testbench.standards.figure.Figure;
import org.testbench.standards.geometry.Pose;
import org.testbench.standards.iso9283.Iso9283;
import org.testbench.standards.iso9283.PoseAccuracy;
import org.testbench.standards.iso9283.PoseCharacteristics;
import org.testbench.standards.iso9283.PoseRepeatability;
import org.testbench.standards.iso9283.PoseUncertainty;

/**
 * ISO 9283 clause 7.2 characteristics of a live run: the attained poses the tracker recorded,
 * grouped by commanded pose, against the procedure's commanded poses, pose by pose.
 */
final class PoseCharacteristicsAnalysis implements Analysis {

    private final String location;
    private final PoseAnalysis.Part part;

    private PoseCharacteristicsAnalysis(String location, PoseAnalysis.Part part) {
        this.location = location;
        this.part = part;
    }

    /**
     * @param at     the analysis entry
     * @param part   which characteristics it computes
     * @param parser knows whether the procedure commands poses
     * @return the analysis
     * @throws InputException when the procedure has no test cube to take commanded poses from
     */
    static Analysis parse(YamlNode at, PoseAnalysis.Part part, StepParser parser) throws InputException {
        if (parser.poseNames().isEmpty()) {
            throw at.error("pose analyses need 'poses: test-cube' to know the commanded poses");
        }
        return new PoseCharacteristicsAnalysis(at.location(), part);
    }

    /**
     * @param symbols pose characteristic symbols
     * @return each with the unit of its results, for a DUT file's rated values
     */
    static Map<String, Unit> ratable(List<String> symbols) {
        return RatableSymbols.of(symbols, PoseCharacteristics::unit);
    }

    @Override
    public String location() {
        return location;
    }

    /**
     * @throws IllegalArgumentException when a pose has one measurement and repeatability is asked for,
     *                                  or a measurement is tagged with a pose the procedure does not define
     */
    @Override
    public List<Result> results(AnalysisInput input) {
        Map<String, Pose> commanded = input.commandedPoses();
        Map<String, List<Pose>> attained = PoseMeasurements.byPose(input.samples(), commanded.keySet());
        if (part == PoseAnalysis.Part.REPEATABILITY) {
            for (Map.Entry<String, List<Pose>> e : attained.entrySet()) {
                if (e.getValue().size() == 1) {
                    throw new IllegalArgumentException("pose " + e.getKey() + " has 1 measurement; pose repeatability"
                            + " needs at least 2");
                }
            }
        }
        PoseAnalysis.PoseData data = new PoseAnalysis.PoseData(attained, commanded, true, true);
        List<Result> results = PoseAnalysis.analyze(data, EnumSet.of(part), input.rated()).results();
        String device = trackerDevice(input);
        StatedUncertainty length = device == null ? null : stated(input, device, "x", "mm");
        StatedUncertainty angle = device == null ? null : stated(input, device, "a", "deg");
        if (length == null && angle == null) {
            return results;
        }
        return results.stream().map(r -> withUncertainty(r, attained.get(r.subject()), commanded.get(r.subject()),
                length, angle)).toList();
    }

    /** @return the one device whose samples are the pose measurements, or null when there are none or several */
    private static String trackerDevice(AnalysisInput input) {
        Set<String> devices = new HashSet<>();
        for (Sample s : input.samples()) {
            if (s.context().containsKey("pose") && !s.context().containsKey("series") && s.signal().equals("x")) {
                devices.add(s.device());
            }
        }
        return devices.size() == 1 ? devices.iterator().next() : null;
    }

    /** @return what the instrument measuring that signal states, when it states it in that unit; else null */
    private static StatedUncertainty stated(AnalysisInput input, String device, String signal, String unit) {
        StatedUncertainty stated = input.instrument(new SignalName(device, signal));
        return stated != null && stated.unit().equals(unit) ? stated : null;
    }

    /**
     * Each characteristic gets its budget (see {@link PoseUncertainty}) when the instrument that
     * measured its input states an uncertainty in its quantity: a length for the positions, an angle
     * (a 6-DoF probe) for the orientations.
     */
    private static Result withUncertainty(Result result, List<Pose> attained, Pose commanded, StatedUncertainty length,
                                          StatedUncertainty angle) {
        if (attained == null || attained.size() < 2) {
            return result;
        }
        String symbol = result.characteristic();
        return switch (symbol) {
            case Iso9283.AP_P, Iso9283.AP_X, Iso9283.AP_Y, Iso9283.AP_Z -> length == null ? result
                    : result.withUncertainty(PoseUncertainty.accuracy(symbol, PoseAccuracy.of(commanded, attained),
                            attained, length));
            case Iso9283.RP_L -> length == null ? result
                    : result.withUncertainty(PoseUncertainty.repeatability(PoseRepeatability.of(attained), length));
            case Iso9283.AP_A, Iso9283.AP_B, Iso9283.AP_C -> angle == null ? result
                    : result.withUncertainty(PoseUncertainty.orientationAccuracy(symbol,
                            PoseRepeatability.of(attained, commanded.rotation()), angle));
            case Iso9283.RP_A, Iso9283.RP_B, Iso9283.RP_C -> angle == null ? result
                    : result.withUncertainty(PoseUncertainty.orientationRepeatability(symbol,
                            PoseRepeatability.of(attained, commanded.rotation()), angle));
            default -> result;
        };
    }

    /** @return for pose repeatability, each pose's attained positions around their barycentre with RPl */
    @Override
    public List<Figure> figures(AnalysisInput input) {
        if (part != PoseAnalysis.Part.REPEATABILITY) {
            return List.of();
        }
        return PoseScatterFigures.of(PoseMeasurements.byPose(input.samples(), input.commandedPoses().keySet()));
    }
}
