package org.testbench.reports.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The procedure a run followed, traceable to the exact procedure file by its hash.
 *
 * @param name       the procedure's name, e.g. "iso9283-pose"
 * @param title      its human title
 * @param standard   the standard it implements, e.g. "ISO 9283:1998 / GB/T 12642-2013"
 * @param clauses    the clauses it computes, e.g. ["7.2.1", "7.2.2"]
 * @param file       the procedure file's name as archived with the run
 * @param sha256     the SHA-256 of that file, hex
 * @param parameters the parameters as given for the run, in the order given; copied and kept in
 *                   that order
 */
public record ProcedureSummary(String name, String title, String standard, List<String> clauses, String file,
                               String sha256, Map<String, String> parameters) {

    /** Checks every field is present and copies the clauses and the parameters, keeping their order. */
    public ProcedureSummary {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(standard, "standard");
        clauses = List.copyOf(Objects.requireNonNull(clauses, "clauses"));
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(parameters, "parameters");
        Map<String, String> copy = new LinkedHashMap<>();
        parameters.forEach((key, value) -> copy.put(Objects.requireNonNull(key, "parameter name"),
                Objects.requireNonNull(value, () -> "value of parameter " + key)));
        parameters = Collections.unmodifiableMap(copy);
    }
}
