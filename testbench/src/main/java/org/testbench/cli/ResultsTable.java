package org.testbench.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.testbench.standards.Result;
import org.testbench.standards.Verdict;

/**
 * The short results table printed at the end of a run: one row per subject (a pose, a loop), one column
 * per characteristic, and the subject's verdict.
 */
final class ResultsTable {

    private ResultsTable() {
    }

    static String render(List<Result> results) {
        Map<String, Map<String, Result>> bySubject = new LinkedHashMap<>();
        Set<String> columns = new LinkedHashSet<>();
        for (Result r : results) {
            bySubject.computeIfAbsent(r.subject(), k -> new LinkedHashMap<>()).put(r.characteristic(), r);
            columns.add(r.characteristic());
        }
        List<String[]> rows = new ArrayList<>();
        List<String> header = new ArrayList<>();
        header.add("subject");
        for (String c : columns) {
            Result any = results.stream().filter(r -> r.characteristic().equals(c)).findFirst().orElseThrow();
            header.add(c + " " + any.unit());
        }
        header.add("verdict");
        rows.add(header.toArray(String[]::new));
        bySubject.forEach((subject, byCharacteristic) -> {
            List<String> row = new ArrayList<>();
            row.add(subject);
            for (String c : columns) {
                Result r = byCharacteristic.get(c);
                row.add(r == null ? "" : String.format(Locale.ROOT, "%.4f", r.value())
                        + (r.verdict() == Verdict.FAIL ? "!" : r.verdict() == Verdict.INCONCLUSIVE ? "?" : ""));
            }
            row.add(Verdict.overall(byCharacteristic.values().stream().map(Result::verdict).toList()).name());
            rows.add(row.toArray(String[]::new));
        });
        int[] widths = new int[header.size()];
        for (String[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                widths[i] = Math.max(widths[i], row[i].length());
            }
        }
        StringBuilder out = new StringBuilder();
        for (String[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                out.append(i == 0 ? "" : "  ").append(String.format(Locale.ROOT, i == 0 ? "%-" + widths[i] + "s" : "%" + widths[i] + "s", row[i]));
            }
            out.append('\n');
        }
        out.append(results.stream().anyMatch(r -> r.verdict() == Verdict.INCONCLUSIVE)
                ? "(! = outside the rated value, ? = within the decision rule's guard band of it: inconclusive)\n"
                : "(! = outside the rated value)\n");
        return out.toString();
    }
}
