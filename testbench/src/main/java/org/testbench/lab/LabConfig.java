package org.testbench.lab;

import java.util.Objects;
import org.testbench.reports.integrity.SigningKey;
import org.testbench.standards.DecisionRule;

/**
 * The lab's configuration ({@code lab.yaml}, see {@link LabFile}): who the lab is, the key it signs
 * run folders with, and the decision rule it states for verdicts (ISO/IEC 17025 7.1.3, 7.8.6).
 *
 * @param name         the lab's name, as reports state it
 * @param address      the lab's address, as reports state it
 * @param signingKey   the key run folders are signed with, opened and checked; null when the lab
 *                     signs nothing
 * @param decisionRule the decision rule
 * @param origin       the file it was read from
 */
public record LabConfig(String name, String address, SigningKey signingKey, DecisionRule decisionRule,
                        String origin) {

    /** Checks the required fields. */
    public LabConfig {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(decisionRule, "decisionRule");
        Objects.requireNonNull(origin, "origin");
    }
}
