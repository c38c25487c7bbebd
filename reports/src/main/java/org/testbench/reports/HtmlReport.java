package org.testbench.reports;

import static org.testbench.reports.ReportLabel.*;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.testbench.reports.model.Condition;
import org.testbench.reports.model.DutSummary;
import org.testbench.reports.model.InstrumentSummary;
import org.testbench.reports.model.ProcedureSummary;
import org.testbench.reports.model.ReportData;
import org.testbench.reports.model.RigSummary;

/**
 * Renders a run report as one self-contained, print-friendly XHTML document: style sheet and figures
 * are embedded, so the file opens anywhere and {@link PdfReport} prints the very same document.
 *
 * <p>The sections follow what ISO 9283 clause 12 and ISO/IEC 17025 7.8 ask a test report to state:
 * the device under test, the rig and its calibrated instruments, the procedure (traceable by file
 * hash), the test conditions, the results with limits and verdicts, and the figures the analyses
 * supplied. Times are UTC, ISO-8601, to the second. Every fixed label comes from {@link ReportLabel}
 * in the report's {@link ReportLanguage}.
 */
public final class HtmlReport {

    private static final DateTimeFormatter UTC_SECONDS = DateTimeFormatter.ISO_INSTANT;
    private static final String NONE = "—";

    private final Markup html = new Markup();
    private final ReportLanguage language;

    private HtmlReport(ReportLanguage language) {
        this.language = language;
    }

    /**
     * Renders a report.
     *
     * @param data     the report's data
     * @param language the language of its labels
     * @return the document: XHTML, well-formed XML, UTF-8 declared, with its figures and language
     * @throws IllegalStateException when the figures' font is missing (install fonts-dejavu-core)
     */
    public static ReportDocument render(ReportData data, ReportLanguage language) {
        HtmlReport report = new HtmlReport(language);
        Markup html = report.html;
        html.open("html", "xmlns", "http://www.w3.org/1999/xhtml", "lang", language.htmlLang());
        report.head(data);
        html.open("body");
        report.masthead(data);
        CoverSection.write(html, data, language);
        report.dut(data.dut());
        report.rig(data.rig(), data.started());
        report.procedure(data.procedure());
        report.conditions(data);
        report.heading(5, SECTION_RESULTS);
        report.notComputed(data);
        ResultTables.write(html, data.results(), data.decisionRule(), language);
        report.heading(6, SECTION_FIGURES);
        FigureSection.write(html, data.figures(), language);
        report.footer(data);
        html.close().close();
        return new ReportDocument("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE html>\n" + html.finish() + "\n",
                data.figures(), language);
    }

    private void head(ReportData data) {
        html.open("head")
                .empty("meta", "http-equiv", "Content-Type", "content", "text/html; charset=UTF-8")
                .element("title", data.title() + " — " + language.text(RUN_WORD) + " " + data.runId())
                .empty("meta", "name", "subject", "content", data.procedure().standard())
                .empty("meta", "name", "author", "content", data.operator().isEmpty() ? null : data.operator())
                .empty("meta", "name", "Creator", "content", "testbench " + data.softwareVersion())
                .styleSheet(ReportStylesheet.css(data, language))
                .close();
    }

    private void masthead(ReportData data) {
        String verdict = language.verdict(data.overall());
        html.open("table", "class", "masthead").open("tr").open("td")
                .element("h1", data.title())
                .element("div", data.procedure().standard(), "class", "subtitle")
                .close()
                .open("td", "class", "badge-cell")
                .element("span", verdict, "class", "badge " + ResultTables.cssClass(data.overall()))
                .close().close().close();
        html.open("table", "class", "keys");
        keyRow(RUN, data.runId());
        keyRow(STATE, data.state());
        html.open("tr").element("th", language.text(OVERALL_VERDICT))
                .element("td", verdict, "class", "verdict " + ResultTables.cssClass(data.overall())).close();
        keyRow(STARTED_UTC, utc(data.started()));
        keyRow(ENDED_UTC, utc(data.ended()));
        keyRow(OPERATOR, orNone(data.operator()));
        keyRow(SOFTWARE, "testbench " + data.softwareVersion());
        html.close();
    }

    private void dut(DutSummary dut) {
        heading(1, SECTION_DUT);
        html.open("table", "class", "keys");
        keyRow(MANUFACTURER, orNone(dut.manufacturer()));
        keyRow(MODEL, orNone(dut.model()));
        keyRow(SERIAL_NUMBER, orNone(dut.serial()));
        keyRow(DESCRIPTION, orNone(dut.description()));
        html.close();
    }

    private void rig(RigSummary rig, Instant started) {
        heading(2, SECTION_RIG);
        html.open("table", "class", "keys");
        keyRow(RIG, rig.name());
        keyRow(DESCRIPTION, orNone(rig.description()));
        fileRow(RIG_FILE, rig.file(), rig.sha256());
        html.close();
        if (rig.instruments().isEmpty()) {
            html.element("p", language.text(NO_INSTRUMENTS));
            return;
        }
        html.element("h3", language.text(INSTRUMENTS));
        html.open("table").open("thead").open("tr")
                .element("th", language.text(DEVICE)).element("th", language.text(MODEL))
                .element("th", language.text(SERIAL_NUMBER)).element("th", language.text(CALIBRATION_CERTIFICATE))
                .element("th", language.text(CALIBRATION_DUE)).element("th", language.text(UNCERTAINTY))
                .close().close().open("tbody");
        LocalDate runDate = started.atOffset(ZoneOffset.UTC).toLocalDate();
        for (InstrumentSummary instrument : rig.instruments()) {
            html.open("tr")
                    .element("td", instrument.device())
                    .element("td", instrument.model())
                    .element("td", instrument.serial(), "class", "nowrap")
                    .element("td", orNone(instrument.calibrationCertificate()));
            LocalDate due = instrument.calibrationDue();
            if (due == null) {
                html.element("td", NONE);
            } else if (due.isBefore(runDate)) {
                html.element("td", due + " " + language.text(EXPIRED), "class", "nowrap expired");
            } else {
                html.element("td", due.toString(), "class", "nowrap");
            }
            html.element("td", orNone(instrument.uncertainty())).close();
        }
        html.close().close();
    }

    private void procedure(ProcedureSummary procedure) {
        heading(3, SECTION_PROCEDURE);
        html.open("table", "class", "keys");
        keyRow(PROCEDURE, procedure.name());
        keyRow(TITLE, procedure.title());
        keyRow(STANDARD, procedure.standard());
        keyRow(CLAUSES, procedure.clauses().isEmpty() ? NONE : String.join(", ", procedure.clauses()));
        fileRow(PROCEDURE_FILE, procedure.file(), procedure.sha256());
        html.close();
        html.element("h3", language.text(PARAMETERS));
        if (procedure.parameters().isEmpty()) {
            html.element("p", language.text(NO_PARAMETERS));
            return;
        }
        html.open("table", "class", "keys");
        for (Map.Entry<String, String> parameter : procedure.parameters().entrySet()) {
            html.open("tr").element("th", parameter.getKey(), "class", "mono")
                    .element("td", parameter.getValue()).close();
        }
        html.close();
    }

    private void conditions(ReportData data) {
        heading(4, SECTION_CONDITIONS);
        if (data.conditions().isEmpty()) {
            html.element("p", language.text(NO_CONDITIONS));
            return;
        }
        html.open("table", "class", "keys");
        for (Condition condition : data.conditions()) {
            html.open("tr").element("th", condition.label()).element("td", condition.value()).close();
        }
        html.close();
    }

    private void notComputed(ReportData data) {
        if (data.notComputed().isEmpty()) {
            return;
        }
        html.element("h3", language.text(NOT_COMPUTED));
        html.open("ul", "class", "not-computed");
        for (String reason : data.notComputed()) {
            html.element("li", reason);
        }
        html.close();
    }

    private void footer(ReportData data) {
        html.open("div", "class", "document-footer")
                .element("div", language.text(RUN) + " " + data.runId() + " · " + data.state() + " · "
                        + language.text(STARTED_WORD) + " " + utc(data.started()) + " · "
                        + language.text(ENDED_WORD) + " " + utc(data.ended()))
                .element("div", language.format(GENERATED, data.softwareVersion()))
                .close();
    }

    private void heading(int number, ReportLabel section) {
        html.element("h2", number + " " + language.text(section));
    }

    private void keyRow(ReportLabel key, String value) {
        html.open("tr").element("th", language.text(key)).element("td", value).close();
    }

    private void fileRow(ReportLabel key, String file, String sha256) {
        html.open("tr").element("th", language.text(key)).open("td").text(file)
                .element("div", "SHA-256 " + sha256, "class", "mono small").close().close();
    }

    /** @return the instant as reports print times: UTC, ISO-8601, to the second */
    static String utc(Instant instant) {
        return UTC_SECONDS.format(instant.truncatedTo(ChronoUnit.SECONDS));
    }

    /** @return the text, or a dash for a blank one */
    static String orNone(String text) {
        return text.isBlank() ? NONE : text;
    }
}
