package org.testbench.reports;

import java.util.ArrayList;
import java.util.List;
import org.testbench.reports.model.Certification;
import org.testbench.reports.model.DraftReason;
import org.testbench.reports.model.ReportData;
import org.testbench.reports.model.SignOff;

/**
 * The cover of a certification report, its first page: the report's number and status, the lab,
 * the client, the manufacturer and the sample, the standard and clauses, the test dates and the
 * decision rule; then the deviations and interruptions, the conclusion, and the sign-offs. A report
 * with a reason to stay a draft ({@link ReportData#draftReasons()}) says "DRAFT – not final" in
 * its status and lists the reasons first among the deviations.
 */
final class CoverSection {

    private static final String NONE = "—";

    private final Markup html;
    private final ReportLanguage language;

    private CoverSection(Markup html, ReportLanguage language) {
        this.html = html;
        this.language = language;
    }

    /**
     * Writes the cover.
     *
     * @param html     the document being written
     * @param data     the report's data
     * @param language the language of the labels
     */
    static void write(Markup html, ReportData data, ReportLanguage language) {
        new CoverSection(html, language).cover(data);
    }

    private void cover(ReportData data) {
        Certification c = data.certification();
        List<DraftReason> draft = data.draftReasons();
        html.open("div", "class", "cover");
        html.element("h2", language.text(ReportLabel.COVER_TITLE), "class", "cover-title");
        html.open("table", "class", "keys");
        row(ReportLabel.REPORT_NUMBER, c.reportNumber());
        html.open("tr").element("th", language.text(ReportLabel.REPORT_STATUS))
                .element("td", status(draft, c), "class", draft.isEmpty() ? "status" : "status draft").close();
        row(ReportLabel.TESTING_LAB, c.labName().isEmpty() ? NONE
                : c.labName() + (c.labAddress().isBlank() ? "" : ", " + c.labAddress().strip().replace("\n", ", ")));
        row(ReportLabel.CLIENT, HtmlReport.orNone(c.client()));
        row(ReportLabel.MANUFACTURER, HtmlReport.orNone(data.dut().manufacturer()));
        row(ReportLabel.SAMPLE, String.join(", ", List.of(HtmlReport.orNone(data.dut().model()),
                language.text(ReportLabel.SERIAL_NUMBER) + " " + HtmlReport.orNone(data.dut().serial()))));
        row(ReportLabel.STANDARDS_AND_CLAUSES, data.procedure().standard()
                + (data.procedure().clauses().isEmpty() ? "" : ", " + String.join(", ", data.procedure().clauses())));
        row(ReportLabel.TEST_DATE, HtmlReport.utc(data.started()) + " – " + HtmlReport.utc(data.ended()));
        row(ReportLabel.DECISION_RULE_KEY, HtmlReport.orNone(data.decisionRule()));
        html.close();
        deviations(draft, c.deviations());
        html.element("h3", language.text(ReportLabel.CONCLUSION));
        html.element("p", conclusion(data), "class", "conclusion");
        signOffs(c);
        html.close();
    }

    private String status(List<DraftReason> draft, Certification c) {
        if (!draft.isEmpty()) {
            return language.text(ReportLabel.STATUS_DRAFT);
        }
        return language.text(c.signed(SignOff.Role.APPROVED) ? ReportLabel.STATUS_FINAL
                : ReportLabel.STATUS_AWAITING_APPROVAL);
    }

    private void deviations(List<DraftReason> draft, List<String> recorded) {
        html.element("h3", language.text(ReportLabel.DEVIATIONS));
        List<String> lines = new ArrayList<>();
        for (DraftReason reason : draft) {
            if (reason instanceof DraftReason.CalibrationDue due) {
                lines.add(language.format(ReportLabel.DEVIATION_CALIBRATION_DUE, due.instrument().device(),
                        due.instrument().model() + ", " + due.instrument().serial(), due.instrument().calibrationDue(),
                        due.testDate()));
            } else if (reason instanceof DraftReason.ExampleLimits examples) {
                lines.add(language.format(ReportLabel.DEVIATION_EXAMPLE_LIMITS, examples.count()));
            }
        }
        lines.addAll(recorded);
        if (lines.isEmpty()) {
            html.element("p", language.text(ReportLabel.NO_DEVIATIONS));
            return;
        }
        html.open("ul", "class", "deviations");
        for (int i = 0; i < lines.size(); i++) {
            html.element("li", lines.get(i), "class", i < draft.size() ? "draft-reason" : null);
        }
        html.close();
    }

    private String conclusion(ReportData data) {
        if (!data.state().equals("COMPLETED")) {
            return language.format(ReportLabel.CONCLUSION_INCOMPLETE, data.state());
        }
        return language.text(switch (data.overall()) {
            case PASS -> ReportLabel.CONCLUSION_PASS;
            case FAIL -> ReportLabel.CONCLUSION_FAIL;
            case INCONCLUSIVE -> ReportLabel.CONCLUSION_INCONCLUSIVE;
            case NOT_EVALUATED -> ReportLabel.CONCLUSION_NOT_EVALUATED;
        });
    }

    private void signOffs(Certification c) {
        html.element("h3", language.text(ReportLabel.SIGN_OFF));
        html.open("table", "class", "sign-off").open("thead").open("tr")
                .element("th", "")
                .element("th", language.text(ReportLabel.NAME))
                .element("th", language.text(ReportLabel.DATE))
                .close().close().open("tbody");
        for (SignOff.Role role : SignOff.Role.values()) {
            SignOff signed = c.signOffs().stream().filter(s -> s.role() == role).findFirst().orElse(null);
            html.open("tr")
                    .element("th", language.text(switch (role) {
                        case TESTED -> ReportLabel.TESTED_BY;
                        case REVIEWED -> ReportLabel.REVIEWED_BY;
                        case APPROVED -> ReportLabel.APPROVED_BY;
                    }))
                    .element("td", signed == null ? NONE : signed.name())
                    .element("td", signed == null ? NONE : signed.date().toString(), "class", "nowrap")
                    .close();
        }
        html.close().close();
    }

    private void row(ReportLabel key, String value) {
        html.open("tr").element("th", language.text(key)).element("td", value).close();
    }
}
