package org.testbench.reports.model;

import java.util.Objects;

/**
 * One test condition as the report states it, e.g. ("Load", "100 % of rated") or
 * ("Test cube", "centre (1000, 0, 800) mm, edge 400 mm, plane C1-C2-C7-C8").
 *
 * @param label what the condition is
 * @param value its value, already phrased for a reader
 */
public record Condition(String label, String value) {

    /** Checks both fields are present. */
    public Condition {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(value, "value");
    }
}
