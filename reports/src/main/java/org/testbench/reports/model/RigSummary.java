package org.testbench.reports.model;

import java.util.List;
import java.util.Objects;

/**
 * The rig a run used, traceable to the exact rig file by its hash.
 *
 * @param name        the rig's name
 * @param description free text; may be empty
 * @param file        the rig file's name as archived with the run, e.g. "rig.yaml"
 * @param sha256      the SHA-256 of that file, hex
 * @param instruments the measuring instruments, in the order the rig file lists them
 */
public record RigSummary(String name, String description, String file, String sha256,
                         List<InstrumentSummary> instruments) {

    /** Checks every field is present and copies the instruments. */
    public RigSummary {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(sha256, "sha256");
        instruments = List.copyOf(Objects.requireNonNull(instruments, "instruments"));
    }
}
