package org.testbench.reports.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One signature on a report: who, in which role, on which day.
 *
 * @param role what they vouch for
 * @param name their name, as they sign
 * @param date the day they signed (UTC)
 */
public record SignOff(Role role, String name, LocalDate date) {

    /** The three signatures of a test report (ISO/IEC 17025 7.8.2.1 o: who authorises it). */
    public enum Role {
        /** Ran the test: the run's operator, on the day the run ended. */
        TESTED,
        /** Checked the report against the records. */
        REVIEWED,
        /** Authorised the report's release; only a report with nothing keeping it a draft. */
        APPROVED
    }

    /** Checks every field is present and the name is not blank. */
    public SignOff {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(date, "date");
        if (name.isBlank()) {
            throw new IllegalArgumentException("a " + role.name().toLowerCase(java.util.Locale.ROOT)
                    + " sign-off needs a name");
        }
    }
}
