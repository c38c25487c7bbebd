package org.testbench.rigs;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.testbench.standards.Limit;

/**
 * The device under test: its identity and the manufacturer's rated values, against which
 * results are judged (ISO 9283 compares with the values the manufacturer states).
 *
 * @param manufacturer who made it
 * @param model        its model
 * @param serial       its serial number
 * @param description  what it is, e.g. "6-axis articulated robot, 10 kg rated payload"
 * @param file         the DUT file it was read from
 * @param sha256       the SHA-256 of the file's text
 * @param text         the file's exact text, copied into every run archive
 * @param rated        the rated values by characteristic symbol (APp, RPl, ...), in base units
 */
public record Dut(String manufacturer, String model, String serial, String description, String file,
                  String sha256, String text, Map<String, Limit> rated) {

    /** Freezes the rated values, keeping file order. */
    public Dut {
        rated = Collections.unmodifiableMap(new LinkedHashMap<>(rated));
    }
}
