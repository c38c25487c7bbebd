package org.testbench.reports.model;

import java.time.LocalDate;
import java.util.Objects;

/** Why a report cannot be final: it stays a draft, and approving it is refused. */
public sealed interface DraftReason {

    /** @return the reason in English, for messages on the console */
    String describe();

    /**
     * An instrument used past its calibration's due date.
     *
     * @param instrument the instrument
     * @param testDate   the day the test started (UTC)
     */
    record CalibrationDue(InstrumentSummary instrument, LocalDate testDate) implements DraftReason {

        /** Checks both are present. */
        public CalibrationDue {
            Objects.requireNonNull(instrument, "instrument");
            Objects.requireNonNull(testDate, "testDate");
        }

        @Override
        public String describe() {
            return "instrument " + instrument.device() + " (" + instrument.model() + ", " + instrument.serial()
                    + "): calibration due " + instrument.calibrationDue() + ", before the test date " + testDate;
        }
    }

    /**
     * Results judged against example limits, not against published or rated values.
     *
     * @param count how many
     */
    record ExampleLimits(long count) implements DraftReason {

        @Override
        public String describe() {
            return "results judged against example limits: " + count;
        }
    }
}
