package org.testbench.standards;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * How a lab turns a measured value, its expanded uncertainty and a limit into a verdict, as
 * ISO/IEC 17025 7.1.3 asks the lab to state it and ILAC-G8:09/2019 describes the rules.
 *
 * <ul>
 *   <li>{@link Kind#SIMPLE_ACCEPTANCE}: the value is compared with the limit as it is; the
 *       uncertainty is reported but does not move the acceptance limit.</li>
 *   <li>{@link Kind#GUARD_BAND}: a guard band w = {@code factor} x U, U the expanded uncertainty
 *       (k = 2), on both sides of each tolerance limit: a value at least w inside the limit
 *       passes, one more than w outside it fails, and one within w of it is inconclusive. With
 *       factor 1 a result is inconclusive exactly when its uncertainty interval, value ± U,
 *       straddles the limit.</li>
 * </ul>
 *
 * <p>A result without an evaluated uncertainty cannot be guard-banded: it is judged by simple
 * acceptance, and the report shows that no U was evaluated for it.
 *
 * @param kind   which rule
 * @param factor the guard band in multiples of U; 0 for simple acceptance
 */
public record DecisionRule(Kind kind, double factor) {

    /** The rules a lab may state. */
    public enum Kind {
        /** Compare the value with the limit; the uncertainty moves nothing. */
        SIMPLE_ACCEPTANCE("simple-acceptance"),
        /** Accept only inside the limit minus {@code factor} x U. */
        GUARD_BAND("guard-band");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        /** @return the rule's name as lab files spell it, e.g. {@code guard-band} */
        public String label() {
            return label;
        }
    }

    /** Checks the factor fits the rule: none for simple acceptance, finite and positive for a guard band. */
    public DecisionRule {
        Objects.requireNonNull(kind, "kind");
        if (kind == Kind.SIMPLE_ACCEPTANCE && factor != 0) {
            throw new IllegalArgumentException("simple acceptance has no guard-band factor");
        }
        if (kind == Kind.GUARD_BAND && (!Double.isFinite(factor) || factor <= 0)) {
            throw new IllegalArgumentException("a guard-band factor must be a positive number, was " + factor);
        }
    }

    /** @return simple acceptance */
    public static DecisionRule simpleAcceptance() {
        return new DecisionRule(Kind.SIMPLE_ACCEPTANCE, 0);
    }

    /**
     * @param factor the guard band w in multiples of the expanded uncertainty U
     * @return a guard-band rule
     */
    public static DecisionRule guardBand(double factor) {
        return new DecisionRule(Kind.GUARD_BAND, factor);
    }

    /**
     * Judges a value against a limit under this rule.
     *
     * @param limit       the tolerance limit on the value's magnitude
     * @param value       the measured value, in the limit's unit
     * @param uncertainty its uncertainty, or null when none was evaluated
     * @return PASS, FAIL or, under a guard band, INCONCLUSIVE
     */
    public Verdict judge(Limit limit, double value, Uncertainty uncertainty) {
        if (kind == Kind.SIMPLE_ACCEPTANCE || uncertainty == null) {
            return limit.judge(value);
        }
        double w = factor * uncertainty.expanded();
        double magnitude = Math.abs(value);
        if (!Double.isFinite(magnitude)) {
            return Verdict.FAIL;
        }
        Verdict upper = limit.maximum() == null ? Verdict.PASS
                : magnitude <= limit.maximum() - w ? Verdict.PASS
                : magnitude > limit.maximum() + w ? Verdict.FAIL : Verdict.INCONCLUSIVE;
        Verdict lower = limit.minimum() == null ? Verdict.PASS
                : magnitude >= limit.minimum() + w ? Verdict.PASS
                : magnitude < limit.minimum() - w ? Verdict.FAIL : Verdict.INCONCLUSIVE;
        return Verdict.overall(List.of(upper, lower));
    }

    /** @return the rule as a report states it, e.g. "guard-band, w = 1 x U (k = 2)" */
    @Override
    public String toString() {
        return kind == Kind.SIMPLE_ACCEPTANCE ? kind.label()
                : kind.label() + ", w = " + BigDecimal.valueOf(factor).stripTrailingZeros().toPlainString()
                        + " x U (k = 2)";
    }
}
