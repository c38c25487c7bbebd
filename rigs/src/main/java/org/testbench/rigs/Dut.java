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
 * @param properties   the DUT's own data procedures compute with (ratio, rated torque, ...), by
 *                     name, in file order; procedures read them as {@code $dut.name}
 */
public record Dut(String manufacturer, String model, String serial, String description, String file,
                  String sha256, String text, Map<String, Limit> rated, Map<String, Amount> properties) {

    /** Freezes the rated values and properties, keeping file order. */
    public Dut {
        rated = Collections.unmodifiableMap(new LinkedHashMap<>(rated));
        properties = Collections.unmodifiableMap(new LinkedHashMap<>(properties));
    }

    /**
     * A DUT without properties.
     *
     * @param manufacturer who made it
     * @param model        its model
     * @param serial       its serial number
     * @param description  what it is
     * @param file         the DUT file it was read from
     * @param sha256       the SHA-256 of the file's text
     * @param text         the file's exact text
     * @param rated        the rated values by characteristic symbol, in base units
     */
    public Dut(String manufacturer, String model, String serial, String description, String file, String sha256,
               String text, Map<String, Limit> rated) {
        this(manufacturer, model, serial, description, file, sha256, text, rated, Map.of());
    }
}
