package org.testbench.rigs;

import java.time.LocalDate;

/**
 * A measuring instrument's identity and calibration, as a certifier must report it.
 *
 * @param model                  the instrument model
 * @param serial                 its serial number
 * @param calibrationCertificate the number of its current calibration certificate
 * @param calibrationDue         the date its calibration expires
 * @param uncertainty            its stated expanded uncertainty (k = 2), in {@code uncertaintyUnit}
 * @param uncertaintyUnit        the unit of {@code uncertainty}
 */
public record InstrumentDefinition(String model, String serial, String calibrationCertificate,
                                   LocalDate calibrationDue, double uncertainty, Unit uncertaintyUnit) {
}
