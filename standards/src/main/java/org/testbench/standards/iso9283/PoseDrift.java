package org.testbench.standards.iso9283;

import java.util.Objects;

/**
 * Drift of pose characteristics (ISO 9283 clause 7.7): how much pose accuracy and repeatability
 * change over continuous cycling from cold (T = {@link Iso9283#DRIFT_DURATION_HOURS} hours).
 *
 * <p>dAP = |AP(t=0) - AP(t=T)| and dRP = |RP(t=0) - RP(t=T)|, taken on the position
 * characteristics APp and RPl, each measured at the start and at the end of the run.
 *
 * @param dAP drift of pose accuracy, mm
 * @param dRP drift of pose repeatability, mm
 */
public record PoseDrift(double dAP, double dRP) {

    /**
     * @param accuracyAtStart      AP measured at t = 0
     * @param repeatabilityAtStart RP measured at t = 0
     * @param accuracyAtEnd        AP measured at t = T
     * @param repeatabilityAtEnd   RP measured at t = T
     * @return the drift
     */
    public static PoseDrift of(PoseAccuracy accuracyAtStart, PoseRepeatability repeatabilityAtStart,
                               PoseAccuracy accuracyAtEnd, PoseRepeatability repeatabilityAtEnd) {
        Objects.requireNonNull(accuracyAtStart, "accuracyAtStart");
        Objects.requireNonNull(repeatabilityAtStart, "repeatabilityAtStart");
        Objects.requireNonNull(accuracyAtEnd, "accuracyAtEnd");
        Objects.requireNonNull(repeatabilityAtEnd, "repeatabilityAtEnd");
        return new PoseDrift(Math.abs(accuracyAtStart.apP() - accuracyAtEnd.apP()),
                Math.abs(repeatabilityAtStart.rpL() - repeatabilityAtEnd.rpL()));
    }
}
