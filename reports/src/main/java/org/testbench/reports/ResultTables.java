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
 * the tables says what that means. When any result carries an uncertainty, every table has a
 * column for U (k = 2), and notes above the tables state the decision rule and what U is.
 */
final class ResultTables {

    private static final String NONE = "—";
    private static final String EXAMPLE_NOTE = "Limits marked \"example\" are example values, not taken from a"
            + " published standard or the DUT's rated values: their verdicts show how the bench judges, and are not"
            + " a conformity statement.";

    private ResultTables() {
    }

    /**
     * Writes one table per subject.
     *
     * @param html     the document being written
     * @param results      the results, in report order
     * @param decisionRule the decision rule the verdicts were made under, or empty when none was recorded
     * @param language     the language of the labels
     */
    static void write(Markup html, List<Result> results, String decisionRule, ReportLanguage language) {
        if (results.isEmpty()) {
            html.element("p", language.text(ReportLabel.NO_RESULTS));
            return;
        }
        html.element("p", tally(results, language));
        if (!decisionRule.isEmpty()) {
            html.element("p", language.format(ReportLabel.DECISION_RULE, decisionRule));
        }
        boolean uncertainties = results.stream().anyMatch(r -> r.uncertainty() != null);
        if (uncertainties) {
            html.element("p", language.text(ReportLabel.UNCERTAINTY_NOTE), "class", "small");
        }
        if (results.stream().anyMatch(r -> r.limit() != null && r.limit().example())) {
            html.element("p", EXAMPLE_NOTE, "class", "example-note");
        }
        bySubject(results).forEach((subject, rows) -> table(html, subject, rows, uncertainties, language));
    }

    private static String tally(List<Result> results, ReportLanguage language) {
        Map<Verdict, Integer> counts = new EnumMap<>(Verdict.class);
        results.forEach(r -> counts.merge(r.verdict(), 1, Integer::sum));
        return language.compose(side -> {
            StringJoiner parts = new StringJoiner(side.text(ReportLabel.LIST_SEPARATOR), side.format(
                    results.size() == 1 ? ReportLabel.RESULT_COUNT_ONE : ReportLabel.RESULT_COUNT, results.size()),
                    side.text(ReportLabel.FULL_STOP));
            counts.forEach((verdict, count) -> parts.add(side.format(ReportLabel.VERDICT_COUNT, side.verdict(verdict),
                    count)));
            return parts.toString();
        });
    }

    /**
     * @param verdict a verdict
     * @return the CSS class naming it, e.g. "not-evaluated"
     */
    static String cssClass(Verdict verdict) {
        return verdict.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static Map<String, List<Result>> bySubject(List<Result> results) {
        Map<String, List<Result>> groups = new LinkedHashMap<>();
        for (Result result : results) {
            groups.computeIfAbsent(result.subject(), s -> new ArrayList<>()).add(result);
        }
        return groups;
    }

    private static void table(Markup html, String subject, List<Result> rows, boolean uncertainties,
                              ReportLanguage language) {
        LinkedHashSet<String> standards = new LinkedHashSet<>();
        rows.forEach(r -> standards.add(r.standard()));
        html.open("div", "class", "subject");
        html.element("h3", subject);
        html.element("p", String.join("; ", standards), "class", "small");
        html.open("table", "class", "results").open("thead").open("tr")
                .element("th", language.text(ReportLabel.CHARACTERISTIC))
                .element("th", language.text(ReportLabel.CLAUSE))
                .element("th", language.text(ReportLabel.VALUE), "class", "num")
                .element("th", language.text(ReportLabel.UNIT));
        if (uncertainties) {
            html.element("th", language.text(ReportLabel.EXPANDED_UNCERTAINTY), "class", "num");
        }
        html.element("th", language.text(ReportLabel.LIMIT))
                .element("th", language.text(ReportLabel.VERDICT))
                .close().close().open("tbody");
        for (Result result : rows) {
            row(html, result, uncertainties, language);
        }
        html.close().close().close();
    }

    private static void row(Markup html, Result result, boolean uncertainties, ReportLanguage language) {
        html.open("tr", "class", result.verdict() == Verdict.FAIL ? "fail" : null)
                .element("td", result.characteristic())
                .element("td", result.clause())
                .element("td", QuantityFormat.value(result.value(), result.unit()), "class", "num")
                .element("td", result.unit());
        if (uncertainties) {
            html.element("td", result.uncertainty() == null ? NONE
                    : "± " + QuantityFormat.value(result.uncertainty().expanded(), result.unit()), "class", "num");
        }
        Limit limit = result.limit();
        if (limit == null) {
            html.element("td", NONE);
        } else {
            html.open("td", "title", limit.source()).text(QuantityFormat.limit(limit));
            if (limit.example()) {
                html.text(" ").element("span", "example", "class", "example-mark");
            }
            html.element("div", limit.source(), "class", "small").close();
        }
        html.element("td", language.verdict(result.verdict()), "class", "verdict " + cssClass(result.verdict()))
                .close();
    }
}
