package org.testbench.rigs;

import java.time.LocalDate;
import java.util.List;

/**
 * A measuring instrument's identity and calibration, as a certifier must report it.
 *
 * @param model                  the instrument model
 * @param serial                 its serial number
 * @param calibrationCertificate the number of its current calibration certificate
 * @param calibrationDue         the date its calibration expires
 * @param uncertainty            its stated expanded uncertainty (k = 2), in {@code uncertaintyUnit}
 * @param uncertaintyUnit        the unit of {@code uncertainty}
 * @param measures               the device's signals this instrument measures; empty when it measures
 *                               all of them (a device that is one instrument, such as a tracker)
 */
public record InstrumentDefinition(String model, String serial, String calibrationCertificate,
                                   LocalDate calibrationDue, double uncertainty, Unit uncertaintyUnit,
                                   List<String> measures) {

    /** Copies the signal list. */
    public InstrumentDefinition {
        measures = List.copyOf(measures);
    }

    /**
     * @param signal one of its device's signals
     * @return whether this instrument measures it
     */
    public boolean measures(String signal) {
        return measures.isEmpty() || measures.contains(signal);
    }
}
