package org.testbench.run.archive;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.testbench.reports.model.SignOff;
import org.testbench.rigs.yaml.InputException;

/**
 * The review and approval of a run's report, {@code signoff.json} in the run folder, written by
 * {@code testbench report RUN --reviewed-by NAME} and {@code --approved-by NAME}. Kept in the folder,
 * under the manifest and its signature, so a regenerated report shows the same signatures and a
 * changed name or date fails {@code testbench verify}.
 *
 * @param reviewedBy who reviewed the report, or null
 * @param reviewedOn the day they did (UTC), or null
 * @param approvedBy who approved it, or null
 * @param approvedOn the day they did (UTC), or null
 */
public record SignOffRecord(String reviewedBy, LocalDate reviewedOn, String approvedBy, LocalDate approvedOn) {

    /** The file's name in a run folder. */
    public static final String FILE = "signoff.json";

    /** Checks that a name comes with its day. */
    public SignOffRecord {
        if ((reviewedBy == null) != (reviewedOn == null) || (approvedBy == null) != (approvedOn == null)) {
            throw new IllegalArgumentException("a sign-off names who and the day, both or neither");
        }
    }

    /**
     * @param dir a run folder
     * @return its sign-offs; none when the folder has no {@value #FILE}
     * @throws InputException when the file is malformed
     */
    public static SignOffRecord read(Path dir) throws InputException {
        Path file = dir.resolve(FILE);
        return Files.exists(file) ? ArchiveJson.read(file, SignOffRecord.class) : new SignOffRecord(null, null, null, null);
    }

    /**
     * @param dir the run folder to write {@value #FILE} into, replacing it
     * @throws IOException when it cannot be written
     */
    public void write(Path dir) throws IOException {
        Files.writeString(dir.resolve(FILE), ArchiveJson.text(this), StandardCharsets.UTF_8);
    }

    /**
     * @param name who reviews
     * @param day  the day
     * @return these sign-offs with the review; an earlier approval is kept only by the same review
     */
    public SignOffRecord reviewed(String name, LocalDate day) {
        return new SignOffRecord(name, day, approvedBy, approvedOn);
    }

    /**
     * @param name who approves
     * @param day  the day
     * @return these sign-offs with the approval
     */
    public SignOffRecord approved(String name, LocalDate day) {
        return new SignOffRecord(reviewedBy, reviewedOn, name, day);
    }

    /** @return the review and approval as the report shows them, in that order */
    public List<SignOff> signOffs() {
        List<SignOff> list = new ArrayList<>();
        if (reviewedBy != null) {
            list.add(new SignOff(SignOff.Role.REVIEWED, reviewedBy, reviewedOn));
        }
        if (approvedBy != null) {
            list.add(new SignOff(SignOff.Role.APPROVED, approvedBy, approvedOn));
        }
        return list;
    }
}
