package org.testbench.rigs.sim.reducer;

import java.util.List;
import java.util.Objects;

/**
 * Everything the simulated reducer is made of, in the units a catalogue uses (Nm, arcmin, rpm at
 * the input, degC). The twist model behind the hysteresis and lost-motion values is described in
 * the package documentation. Read from a params file by {@link ReducerParamsFile}; every check
 * names the params-file field it concerns.
 *
 * @param name                       what the reducer is, for messages and logs
 * @param ratio                      reduction ratio i, input turns per output turn
 * @param ratedTorqueNm              rated output torque T_R, Nm
 * @param peakTorqueNm               the largest output torque the load machine may be commanded, Nm
 * @param maxInputSpeedRpm           the largest input speed the servo may be commanded, rpm
 * @param positioningSpeedRpm        input speed of a move in position mode, rpm
 * @param stiffness                  the three-segment elastic twist
 * @param hysteresisLossArcmin       loop width at T = 0 of a loop to ±T_R, arcmin
 * @param hysteresisTransitionNm     the torque travel after a reversal over which the twist
 *                                   crosses from one branch of the loop to the other, Nm
 * @param lostMotionArcmin           twist span of the loop midline between -t and +t, new, arcmin
 * @param lostMotionTorquePercent    t, in percent of the rated torque
 * @param lostMotionGrowthArcminPerMillionRevolutions wear: lost motion added per million output
 *                                   revolutions, arcmin
 * @param harmonics                  the transmission error components
 * @param friction                   starting, running and viscous friction at the input
 * @param forwardEfficiency          efficiency of the tooth mesh when the input drives, (0, 1]
 * @param backDrivingTorqueNm        the smallest output torque that turns the input with the
 *                                   input servo off, new and at the reference temperature, Nm
 * @param thermal                    the housing's heating and cooling
 * @param noise                      the sensors' noise
 */
public record ReducerParams(String name, double ratio, double ratedTorqueNm, double peakTorqueNm,
        double maxInputSpeedRpm, double positioningSpeedRpm, StiffnessCurve stiffness, double hysteresisLossArcmin,
        double hysteresisTransitionNm, double lostMotionArcmin, double lostMotionTorquePercent,
        double lostMotionGrowthArcminPerMillionRevolutions, List<TransmissionHarmonic> harmonics, Friction friction,
        double forwardEfficiency, double backDrivingTorqueNm, HousingThermal thermal, SensorNoise noise) {

    /** Checks every value and how they fit together, naming the params-file field that is wrong. */
    public ReducerParams {
        Objects.requireNonNull(name, "name");
        ParamCheck.positive("ratio", ratio);
        ParamCheck.positive("rated-torque", ratedTorqueNm);
        ParamCheck.positive("peak-torque", peakTorqueNm);
        if (peakTorqueNm < ratedTorqueNm) {
            throw new IllegalArgumentException("peak-torque must not be below rated-torque (" + ratedTorqueNm
                    + " Nm), got " + peakTorqueNm);
        }
        ParamCheck.positive("max-input-speed", maxInputSpeedRpm);
        ParamCheck.positive("positioning-speed", positioningSpeedRpm);
        if (positioningSpeedRpm > maxInputSpeedRpm) {
            throw new IllegalArgumentException("positioning-speed must not exceed max-input-speed (" + maxInputSpeedRpm
                    + " rpm), got " + positioningSpeedRpm);
        }
        Objects.requireNonNull(stiffness, "stiffness");
        Objects.requireNonNull(friction, "friction");
        Objects.requireNonNull(thermal, "thermal");
        Objects.requireNonNull(noise, "noise");
        harmonics = List.copyOf(harmonics);
        ParamCheck.nonNegative("hysteresis.loss", hysteresisLossArcmin);
        ParamCheck.positive("hysteresis.transition-torque", hysteresisTransitionNm);
        ParamCheck.nonNegative("lost-motion.growth", lostMotionGrowthArcminPerMillionRevolutions);
        if (!(lostMotionTorquePercent > 0 && lostMotionTorquePercent < 100)) {
            throw new IllegalArgumentException("lost-motion.at-torque-percent must lie in (0, 100), got "
                    + lostMotionTorquePercent);
        }
        double t = lostMotionTorquePercent / 100 * ratedTorqueNm;
        if (t >= stiffness.t1Nm()) {
            // K1 is recovered between t and T1, where the loading branch is a straight line.
            throw new IllegalArgumentException("lost-motion.at-torque-percent must put t below stiffness.t1 ("
                    + stiffness.t1Nm() + " Nm), got " + lostMotionTorquePercent + " % = " + ParamCheck.text(t) + " Nm");
        }
        double elastic = 2 * stiffness.twistArcmin(t);
        if (!(lostMotionArcmin >= elastic) || Double.isInfinite(lostMotionArcmin)) {
            throw new IllegalArgumentException("lost-motion.value must be at least the elastic twist between -t and +t,"
                    + " 2 t/K1 = " + ParamCheck.text(elastic) + " arcmin, got " + lostMotionArcmin);
        }
        // After a reversal the twist must not run backwards, however stiff the segment.
        double steepest = hysteresisLossArcmin * stiffness.stiffest();
        if (hysteresisTransitionNm < steepest) {
            throw new IllegalArgumentException("hysteresis.transition-torque must be at least hysteresis.loss x the"
                    + " largest stiffness = " + ParamCheck.text(steepest) + " Nm, got " + hysteresisTransitionNm);
        }
        // A loop to ±T_R must have finished crossing before it passes ±t, or it has no clean midline there.
        if (hysteresisTransitionNm + t > ratedTorqueNm) {
            throw new IllegalArgumentException("hysteresis.transition-torque must not exceed rated-torque minus the"
                    + " lost-motion torque t = " + ParamCheck.text(ratedTorqueNm - t) + " Nm, got " + hysteresisTransitionNm);
        }
        ParamCheck.fraction("efficiency.forward", forwardEfficiency);
        ParamCheck.positive("efficiency.back-driving-torque", backDrivingTorqueNm);
        if (backDrivingTorqueNm < ratio * friction.startingTorqueNm()) {
            throw new IllegalArgumentException("efficiency.back-driving-torque must be at least ratio x"
                    + " friction.starting-torque = " + ParamCheck.text(ratio * friction.startingTorqueNm())
                    + " Nm (else the backward efficiency would exceed 1), got " + backDrivingTorqueNm);
        }
    }

    /** @return the lost motion's torque t, Nm */
    public double lostMotionTorqueNm() {
        return lostMotionTorquePercent / 100 * ratedTorqueNm;
    }

    /** @return the backward efficiency implied by the back-driving and starting torques, i T_s / T_bd */
    public double backwardEfficiency() {
        return ratio * friction.startingTorqueNm() / backDrivingTorqueNm;
    }

    /**
     * @return a builder holding this reducer's values, to change a few of them
     */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /**
     * @return a builder holding the bundled harmonic reducer ({@code sim/reducer-harmonic.yaml}:
     *     ratio 100, 50 Nm rated), so a caller states only what it changes
     */
    public static Builder builder() {
        return ReducerParamsFile.bundledHarmonic().toBuilder();
    }

    /**
     * @param name what the reducer is
     * @return a builder with nothing set, for the params-file reader, which sets every value
     */
    static Builder builderWithoutDefaults(String name) {
        return new Builder(name);
    }

    /** Builds {@link ReducerParams}; every setter returns this builder. */
    public static final class Builder {
        private String name;
        private double ratio;
        private double ratedTorqueNm;
        private double peakTorqueNm;
        private double maxInputSpeedRpm;
        private double positioningSpeedRpm;
        private StiffnessCurve stiffness;
        private double hysteresisLossArcmin;
        private double hysteresisTransitionNm;
        private double lostMotionArcmin;
        private double lostMotionTorquePercent;
        private double lostMotionGrowth;
        private List<TransmissionHarmonic> harmonics;
        private Friction friction;
        private double forwardEfficiency;
        private double backDrivingTorqueNm;
        private HousingThermal thermal;
        private SensorNoise noise;

        private Builder(String name) {
            this.name = name;
            this.harmonics = List.of();
        }

        private Builder(ReducerParams p) {
            name = p.name;
            ratio = p.ratio;
            ratedTorqueNm = p.ratedTorqueNm;
            peakTorqueNm = p.peakTorqueNm;
            maxInputSpeedRpm = p.maxInputSpeedRpm;
            positioningSpeedRpm = p.positioningSpeedRpm;
            stiffness = p.stiffness;
            hysteresisLossArcmin = p.hysteresisLossArcmin;
            hysteresisTransitionNm = p.hysteresisTransitionNm;
            lostMotionArcmin = p.lostMotionArcmin;
            lostMotionTorquePercent = p.lostMotionTorquePercent;
            lostMotionGrowth = p.lostMotionGrowthArcminPerMillionRevolutions;
            harmonics = p.harmonics;
            friction = p.friction;
            forwardEfficiency = p.forwardEfficiency;
            backDrivingTorqueNm = p.backDrivingTorqueNm;
            thermal = p.thermal;
            noise = p.noise;
        }

        /**
         * @param value what the reducer is
         * @return this builder
         */
        public Builder name(String value) {
            name = value;
            return this;
        }

        /**
         * @param value reduction ratio
         * @return this builder
         */
        public Builder ratio(double value) {
            ratio = value;
            return this;
        }

        /**
         * @param value rated output torque, Nm
         * @return this builder
         */
        public Builder ratedTorqueNm(double value) {
            ratedTorqueNm = value;
            return this;
        }

        /**
         * @param value largest output torque command accepted, Nm
         * @return this builder
         */
        public Builder peakTorqueNm(double value) {
            peakTorqueNm = value;
            return this;
        }

        /**
         * @param value largest input speed command accepted, rpm
         * @return this builder
         */
        public Builder maxInputSpeedRpm(double value) {
            maxInputSpeedRpm = value;
            return this;
        }

        /**
         * @param value input speed of position-mode moves, rpm
         * @return this builder
         */
        public Builder positioningSpeedRpm(double value) {
            positioningSpeedRpm = value;
            return this;
        }

        /**
         * @param value the three-segment stiffness
         * @return this builder
         */
        public Builder stiffness(StiffnessCurve value) {
            stiffness = value;
            return this;
        }

        /**
         * @param value loop width at T = 0, arcmin
         * @return this builder
         */
        public Builder hysteresisLossArcmin(double value) {
            hysteresisLossArcmin = value;
            return this;
        }

        /**
         * @param value torque travel to cross between branches after a reversal, Nm
         * @return this builder
         */
        public Builder hysteresisTransitionNm(double value) {
            hysteresisTransitionNm = value;
            return this;
        }

        /**
         * @param arcmin        lost motion of a new reducer, arcmin
         * @param torquePercent the torque it is specified at, percent of rated
         * @return this builder
         */
        public Builder lostMotion(double arcmin, double torquePercent) {
            lostMotionArcmin = arcmin;
            lostMotionTorquePercent = torquePercent;
            return this;
        }

        /**
         * @param value lost motion added per million output revolutions, arcmin
         * @return this builder
         */
        public Builder lostMotionGrowthArcminPerMillionRevolutions(double value) {
            lostMotionGrowth = value;
            return this;
        }

        /**
         * @param value the transmission error components
         * @return this builder
         */
        public Builder harmonics(List<TransmissionHarmonic> value) {
            harmonics = value;
            return this;
        }

        /**
         * @param value the friction at the input
         * @return this builder
         */
        public Builder friction(Friction value) {
            friction = value;
            return this;
        }

        /**
         * @param value mesh efficiency when the input drives
         * @return this builder
         */
        public Builder forwardEfficiency(double value) {
            forwardEfficiency = value;
            return this;
        }

        /**
         * @param value output torque that turns a free input, Nm
         * @return this builder
         */
        public Builder backDrivingTorqueNm(double value) {
            backDrivingTorqueNm = value;
            return this;
        }

        /**
         * @param value the housing's thermal model
         * @return this builder
         */
        public Builder thermal(HousingThermal value) {
            thermal = value;
            return this;
        }

        /**
         * @param value the sensors' noise
         * @return this builder
         */
        public Builder noise(SensorNoise value) {
            noise = value;
            return this;
        }

        /**
         * @return the parameters
         * @throws IllegalArgumentException when a value is out of range, naming its params-file field
         */
        public ReducerParams build() {
            return new ReducerParams(name, ratio, ratedTorqueNm, peakTorqueNm, maxInputSpeedRpm, positioningSpeedRpm,
                    stiffness, hysteresisLossArcmin, hysteresisTransitionNm, lostMotionArcmin, lostMotionTorquePercent,
                    lostMotionGrowth, harmonics, friction, forwardEfficiency, backDrivingTorqueNm, thermal, noise);
        }
    }
}
