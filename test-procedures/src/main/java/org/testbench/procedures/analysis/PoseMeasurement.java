package org.testbench.procedures.analysis;

import java.time.Instant;
import java.util.Map;
import org.testbench.standards.geometry.Pose;

/**
 * One attained pose rebuilt from the six samples a pose tracker recorded for it.
 *
 * @param pose     the commanded pose's name, e.g. "P3"
 * @param context  the rest of the samples' context, e.g. {cycle=7}
 * @param attained the attained pose, mm and degrees
 * @param time     the time of its first sample
 */
public record PoseMeasurement(String pose, Map<String, String> context, Pose attained, Instant time) {
}
