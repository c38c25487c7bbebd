package org.testbench.reports.model;

import java.util.Objects;

/**
 * The device under test as identified in the report.
 *
 * @param manufacturer who made it
 * @param model        its model designation
 * @param serial       its serial number
 * @param description  free text, e.g. "6-axis articulated robot, 10 kg payload"; may be empty
 */
public record DutSummary(String manufacturer, String model, String serial, String description) {

    /** Checks every field is present (an unknown value is an empty string, not null). */
    public DutSummary {
        Objects.requireNonNull(manufacturer, "manufacturer");
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(serial, "serial");
        Objects.requireNonNull(description, "description");
    }
}
