package org.testbench.reports;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;
import org.testbench.standards.Limit;
import org.testbench.standards.Result;
import org.testbench.standards.Verdict;

/**
 * The results section: one table per subject (pose P1, P2, ... or any other subject), in the
 * order the subjects first appear in the results, each row one characteristic with its value,
 * limit and verdict. A limit that is only an example carries the mark "example", and a note above
 * the tables says what that means.
 */
final class ResultTables {

    private static final String NO_LIMIT = "—";
    private static final String EXAMPLE_NOTE = "Limits marked \"example\" are example values, not taken from a"
            + " published standard or the DUT's rated values: their verdicts show how the bench judges, and are not"
            + " a conformity statement.";

    private ResultTables() {
    }

    /**
     * Writes one table per subject.
     *
     * @param html    the document being written
     * @param results the results, in report order
     */
    static void write(Markup html, List<Result> results) {
        if (results.isEmpty()) {
            html.element("p", "The run produced no results.");
            return;
        }
        html.element("p", tally(results));
        if (results.stream().anyMatch(r -> r.limit() != null && r.limit().example())) {
            html.element("p", EXAMPLE_NOTE, "class", "example-note");
        }
        bySubject(results).forEach((subject, rows) -> table(html, subject, rows));
    }

    private static String tally(List<Result> results) {
        Map<Verdict, Integer> counts = new EnumMap<>(Verdict.class);
        results.forEach(r -> counts.merge(r.verdict(), 1, Integer::sum));
        StringJoiner parts = new StringJoiner(", ", results.size() + (results.size() == 1 ? " result: " : " results: "),
                ".");
        counts.forEach((verdict, count) -> parts.add(count + " " + label(verdict)));
        return parts.toString();
    }

    /**
     * @param verdict a verdict
     * @return the CSS class naming it, e.g. "not-evaluated"
     */
    static String cssClass(Verdict verdict) {
        return verdict.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /**
     * @param verdict a verdict
     * @return its label as printed, e.g. "NOT EVALUATED"
     */
    static String label(Verdict verdict) {
        return verdict.name().replace('_', ' ');
    }

    private static Map<String, List<Result>> bySubject(List<Result> results) {
        Map<String, List<Result>> groups = new LinkedHashMap<>();
        for (Result result : results) {
            groups.computeIfAbsent(result.subject(), s -> new ArrayList<>()).add(result);
        }
        return groups;
    }

    private static void table(Markup html, String subject, List<Result> rows) {
        LinkedHashSet<String> standards = new LinkedHashSet<>();
        rows.forEach(r -> standards.add(r.standard()));
        html.open("div", "class", "subject");
        html.element("h3", subject);
        html.element("p", String.join("; ", standards), "class", "small");
        html.open("table", "class", "results").open("thead").open("tr")
                .element("th", "Characteristic")
                .element("th", "Clause")
                .element("th", "Value", "class", "num")
                .element("th", "Unit")
                .element("th", "Limit")
                .element("th", "Verdict")
                .close().close().open("tbody");
        for (Result result : rows) {
            row(html, result);
        }
        html.close().close().close();
    }

    private static void row(Markup html, Result result) {
        html.open("tr", "class", result.verdict() == Verdict.FAIL ? "fail" : null)
                .element("td", result.characteristic())
                .element("td", result.clause())
                .element("td", QuantityFormat.value(result.value(), result.unit()), "class", "num")
                .element("td", result.unit());
        Limit limit = result.limit();
        if (limit == null) {
            html.element("td", NO_LIMIT);
        } else {
            html.open("td", "title", limit.source()).text(QuantityFormat.limit(limit));
            if (limit.example()) {
                html.text(" ").element("span", "example", "class", "example-mark");
            }
            html.element("div", limit.source(), "class", "small").close();
        }
        html.element("td", label(result.verdict()), "class", "verdict " + cssClass(result.verdict()))
                .close();
    }
}
