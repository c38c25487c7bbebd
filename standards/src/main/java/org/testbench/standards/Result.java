package org.testbench.standards;

import java.util.Objects;

/**
 * One computed characteristic of one subject, tied to the clause of the standard that defines it.
 *
 * @param standard       the standard, e.g. "ISO 9283:1998 / GB/T 12642-2013"
 * @param clause         the clause that defines the characteristic, e.g. "7.2.1"
 * @param characteristic the characteristic's symbol, e.g. "APp" or "RPl"
 * @param subject        what was measured, e.g. the pose "P1"
 * @param value          the value, in {@code unit}
 * @param unit           the unit of {@code value}, e.g. "mm" or "deg"
 * @param limit          the limit it is judged against, or null when none applies
 * @param verdict        the verdict; {@link Verdict#NOT_EVALUATED} when {@code limit} is null
 * @param uncertainty    its measurement uncertainty, in {@code unit}, or null when none was evaluated
 */
public record Result(String standard, String clause, String characteristic, String subject,
                     double value, String unit, Limit limit, Verdict verdict, Uncertainty uncertainty) {

    /** Checks the fields are present and the verdict agrees with the presence of a limit. */
    public Result {
        Objects.requireNonNull(standard, "standard");
        Objects.requireNonNull(clause, "clause");
        Objects.requireNonNull(characteristic, "characteristic");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(verdict, "verdict");
        if (limit == null && verdict != Verdict.NOT_EVALUATED) {
            throw new IllegalArgumentException(characteristic + " has verdict " + verdict + " but no limit");
        }
    }

    /**
     * A result without an evaluated uncertainty.
     *
     * @param standard       the standard
     * @param clause         the clause
     * @param characteristic the characteristic's symbol
     * @param subject        the subject (pose, path, ...)
     * @param value          the value
     * @param unit           the unit
     * @param limit          the limit, or null
     * @param verdict        the verdict; NOT_EVALUATED exactly when there is no limit
     */
    public Result(String standard, String clause, String characteristic, String subject, double value, String unit,
                  Limit limit, Verdict verdict) {
        this(standard, clause, characteristic, subject, value, unit, limit, verdict, null);
    }

    /**
     * Makes a result and judges it by simple acceptance against the limit, if there is one.
     *
     * @param standard       the standard
     * @param clause         the clause
     * @param characteristic the characteristic's symbol
     * @param subject        the subject (pose, path, ...)
     * @param value          the value
     * @param unit           the unit
     * @param limit          the limit, or null
     * @return the judged result
     */
    public static Result judged(String standard, String clause, String characteristic, String subject,
                                double value, String unit, Limit limit) {
        Verdict verdict = limit == null ? Verdict.NOT_EVALUATED : limit.judge(value);
        return new Result(standard, clause, characteristic, subject, value, unit, limit, verdict);
    }

    /**
     * @param evaluated the result's uncertainty, in its unit
     * @return this result carrying it; the verdict is unchanged until {@link #judgedBy} is applied
     */
    public Result withUncertainty(Uncertainty evaluated) {
        return new Result(standard, clause, characteristic, subject, value, unit, limit, verdict, evaluated);
    }

    /**
     * @param rule the lab's decision rule
     * @return this result judged under it (a result without a limit stays NOT_EVALUATED)
     */
    public Result judgedBy(DecisionRule rule) {
        if (limit == null) {
            return this;
        }
        return new Result(standard, clause, characteristic, subject, value, unit, limit,
                rule.judge(limit, value, uncertainty), uncertainty);
    }
}
