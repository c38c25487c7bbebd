package org.testbench.reports.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A measuring instrument of the rig and its calibration, as a test report must list it.
 *
 * @param device                 the rig's name for the device, e.g. "tracker"
 * @param model                  the instrument's model
 * @param serial                 its serial number
 * @param calibrationCertificate the number of its calibration certificate; may be empty
 * @param calibrationDue         the date its calibration expires, or null when it has none (a
 *                               simulated instrument); the report marks a date before the run as expired
 * @param uncertainty            its stated measurement uncertainty, e.g. "U = 0.015 mm (k = 2)"
 */
public record InstrumentSummary(String device, String model, String serial, String calibrationCertificate,
                                LocalDate calibrationDue, String uncertainty) {

    /** Checks every field but {@code calibrationDue} is present. */
    public InstrumentSummary {
        Objects.requireNonNull(device, "device");
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(serial, "serial");
        Objects.requireNonNull(calibrationCertificate, "calibrationCertificate");
        Objects.requireNonNull(uncertainty, "uncertainty");
    }
}
