package org.testbench.reports.model;

import java.util.List;
import java.util.Objects;

/**
 * What the cover of a certification report (CR-style, ISO/IEC 17025 7.8) states beyond the run
 * itself: the report's number, the lab, the client, the deviations and interruptions the run
 * recorded, and who tested, reviewed and approved it. Whether the report can be final follows from
 * the rest of the report ({@link ReportData#draftReasons()}).
 *
 * @param reportNumber the report's number
 * @param labName      the testing lab's name; empty when no lab file was given
 * @param labAddress   its postal address; may be empty
 * @param client       who commissioned the test; empty when not stated
 * @param deviations   deviations from the standard and interruptions of the run, each a sentence, in
 *                     the order they happened; may be empty
 * @param signOffs     who tested, reviewed and approved the report, in that order; the reviewer and
 *                     approver only once they have signed
 */
public record Certification(String reportNumber, String labName, String labAddress, String client,
                            List<String> deviations, List<SignOff> signOffs) {

    /** Checks every field is present and copies the lists. */
    public Certification {
        Objects.requireNonNull(reportNumber, "reportNumber");
        Objects.requireNonNull(labName, "labName");
        Objects.requireNonNull(labAddress, "labAddress");
        Objects.requireNonNull(client, "client");
        deviations = List.copyOf(deviations);
        signOffs = List.copyOf(signOffs);
    }

    /**
     * @param role a sign-off role
     * @return whether someone has signed in it
     */
    public boolean signed(SignOff.Role role) {
        return signOffs.stream().anyMatch(s -> s.role() == role);
    }
}
