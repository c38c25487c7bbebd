package org.testbench.procedures.analysis;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.testbench.procedures.Parameters;
import org.testbench.procedures.expression.Values;
import org.testbench.rigs.Amount;
import org.testbench.rigs.Sample;
import org.testbench.rigs.SignalName;
import org.testbench.standards.Limit;
import org.testbench.standards.StatedUncertainty;
import org.testbench.standards.geometry.Pose;

/**
 * What an analysis computes from: the run's recorded samples as archived, its parameter values,
 * its commanded poses, and the DUT's rated values and properties.
 *
 * @param parameters     the run's parameter values
 * @param commandedPoses the procedure's commanded poses by name (empty when it has none)
 * @param samples        every recorded sample, in recording order
 * @param rated          the DUT's rated values by characteristic symbol, in base units
 * @param dutProperties  the DUT's properties by name
 * @param instruments    what the calibration of the instrument measuring each signal states about its
 *                       uncertainty, by {@code device.signal}; empty when the rig's instruments are unknown
 *                       (a tracker export analysed offline), and then no result carries an uncertainty
 */
public record AnalysisInput(Parameters parameters, Map<String, Pose> commandedPoses, List<Sample> samples,
                            Map<String, Limit> rated, Map<String, Amount> dutProperties,
                            Map<String, StatedUncertainty> instruments) {

    /** Freezes the collections, keeping their order: results follow the procedure's pose order. */
    public AnalysisInput {
        commandedPoses = Collections.unmodifiableMap(new LinkedHashMap<>(commandedPoses));
        samples = List.copyOf(samples);
        rated = Collections.unmodifiableMap(new LinkedHashMap<>(rated));
        dutProperties = Collections.unmodifiableMap(new LinkedHashMap<>(dutProperties));
        instruments = Map.copyOf(instruments);
    }

    /** @return parameters and DUT properties, for evaluating an analysis' expression arguments */
    public Values values() {
        return new Values() {
            @Override
            public Object variable(String name) {
                return parameters.get(name);
            }

            @Override
            public Amount dutProperty(String name) {
                Amount a = dutProperties.get(name);
                if (a == null) {
                    throw new IllegalArgumentException("the DUT has no property '" + name + "'");
                }
                return a;
            }
        };
    }

    /**
     * @param signal a signal of the rig
     * @return the stated uncertainty of the instrument that measures it, or null when none is known
     */
    public StatedUncertainty instrument(SignalName signal) {
        return instruments.get(signal.toString());
    }

    /**
     * @param series a series name
     * @return its readings, in recording order
     */
    public List<Reading> readings(String series) {
        return Reading.of(samples, series);
    }
}
