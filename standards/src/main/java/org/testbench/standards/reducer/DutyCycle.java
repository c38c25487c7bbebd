package org.testbench.standards.reducer;

import java.util.List;

/**
 * A torque-speed duty cycle: segments of time t_i at speed N_i and torque T_i, from which life
 * ratings take an average speed and an equivalent torque. Directions do not matter: speeds and
 * torques enter as magnitudes.
 *
 * @param segments the segments, at least one, with some rotation
 */
public record DutyCycle(List<Segment> segments) {

    /**
     * One segment of the cycle.
     *
     * @param timeS    t_i, > 0, s (any time unit: only ratios of times are used)
     * @param speedRpm N_i, rpm
     * @param torqueNm T_i, Nm
     */
    public record Segment(double timeS, double speedRpm, double torqueNm) {

        /** Refuses a segment without duration or with a value that is not finite. */
        public Segment {
            if (!(timeS > 0) || !Double.isFinite(timeS) || !Double.isFinite(speedRpm) || !Double.isFinite(torqueNm)) {
                throw new IllegalArgumentException("duty cycle: a segment needs a finite time > 0 and finite speed and"
                        + " torque, got " + timeS + " s, " + speedRpm + " rpm, " + torqueNm + " Nm");
            }
        }
    }

    /** Freezes the segments and refuses a cycle that never turns. */
    public DutyCycle {
        segments = List.copyOf(segments);
        if (segments.stream().allMatch(s -> s.speedRpm() == 0)) {
            throw new IllegalArgumentException("duty cycle: no segment turns (every speed is 0), so it has no life rating");
        }
    }

    /** @return N_av = Σ t_i |N_i| / Σ t_i, rpm */
    public double averageSpeedRpm() {
        double turns = 0;
        double time = 0;
        for (Segment s : segments) {
            turns += s.timeS() * Math.abs(s.speedRpm());
            time += s.timeS();
        }
        return turns / time;
    }

    /**
     * @param exponent p: 3 for harmonic reducers, 10/3 for RV reducers
     * @return T_av = (Σ t_i |N_i| |T_i|^p / Σ t_i |N_i|)^(1/p), Nm
     */
    public double equivalentTorqueNm(double exponent) {
        double weighted = 0;
        double turns = 0;
        for (Segment s : segments) {
            double n = s.timeS() * Math.abs(s.speedRpm());
            weighted += n * Math.pow(Math.abs(s.torqueNm()), exponent);
            turns += n;
        }
        return Math.pow(weighted / turns, 1 / exponent);
    }
}
