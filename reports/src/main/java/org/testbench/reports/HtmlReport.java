package org.testbench.reports;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;
import org.testbench.reports.model.Condition;
import org.testbench.reports.model.DutSummary;
import org.testbench.reports.model.InstrumentSummary;
import org.testbench.reports.model.ProcedureSummary;
import org.testbench.reports.model.ReportData;
import org.testbench.reports.model.RigSummary;

/**
 * Renders a run report as one self-contained, print-friendly XHTML document: style sheet and plot
 * are embedded, so the file opens anywhere and {@link PdfReport} prints the very same document.
 *
 * <p>The sections follow what ISO 9283 clause 12 and ISO/IEC 17025 7.8 ask a test report to state:
 * the device under test, the rig and its calibrated instruments, the procedure (traceable by file
 * hash), the test conditions, the results with limits and verdicts, and the attained positions.
 * Times are UTC, ISO-8601, to the second.
 */
public final class HtmlReport {

    private static final DateTimeFormatter UTC_SECONDS = DateTimeFormatter.ISO_INSTANT;
    private static final String NONE = "—";

    private HtmlReport() {
    }

    /**
     * Renders a report.
     *
     * @param data the report's data
     * @return the XHTML document, well-formed XML, UTF-8 declared
     */
    public static String render(ReportData data) {
        Markup html = new Markup();
        html.open("html", "xmlns", "http://www.w3.org/1999/xhtml", "lang", "en");
        head(html, data);
        html.open("body");
        masthead(html, data);
        dut(html, data.dut());
        rig(html, data.rig(), data.started());
        procedure(html, data.procedure());
        conditions(html, data);
        html.element("h2", "5 Results");
        notComputed(html, data);
        ResultTables.write(html, data.results());
        plot(html, data);
        footer(html, data);
        html.close().close();
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE html>\n" + html.finish() + "\n";
    }

    private static void head(Markup html, ReportData data) {
        html.open("head")
                .empty("meta", "http-equiv", "Content-Type", "content", "text/html; charset=UTF-8")
                .element("title", data.title() + " — run " + data.runId())
                .empty("meta", "name", "subject", "content", data.procedure().standard())
                .empty("meta", "name", "author", "content", data.operator().isEmpty() ? null : data.operator())
                .empty("meta", "name", "Creator", "content", "testbench " + data.softwareVersion())
                .styleSheet(ReportStylesheet.css(data))
                .close();
    }

    private static void masthead(Markup html, ReportData data) {
        String verdict = ResultTables.label(data.overall());
        html.open("table", "class", "masthead").open("tr").open("td")
                .element("h1", data.title())
                .element("div", data.procedure().standard(), "class", "subtitle")
                .close()
                .open("td", "class", "badge-cell")
                .element("span", verdict, "class", "badge " + ResultTables.cssClass(data.overall()))
                .close().close().close();
        html.open("table", "class", "keys");
        keyRow(html, "Run", data.runId());
        keyRow(html, "State", data.state());
        html.open("tr").element("th", "Overall verdict")
                .element("td", verdict, "class", "verdict " + ResultTables.cssClass(data.overall())).close();
        keyRow(html, "Started (UTC)", utc(data.started()));
        keyRow(html, "Ended (UTC)", utc(data.ended()));
        keyRow(html, "Operator", orNone(data.operator()));
        keyRow(html, "Software", "testbench " + data.softwareVersion());
        html.close();
    }

    private static void dut(Markup html, DutSummary dut) {
        html.element("h2", "1 Device under test").open("table", "class", "keys");
        keyRow(html, "Manufacturer", orNone(dut.manufacturer()));
        keyRow(html, "Model", orNone(dut.model()));
        keyRow(html, "Serial number", orNone(dut.serial()));
        keyRow(html, "Description", orNone(dut.description()));
        html.close();
    }

    private static void rig(Markup html, RigSummary rig, Instant started) {
        html.element("h2", "2 Rig and instruments").open("table", "class", "keys");
        keyRow(html, "Rig", rig.name());
        keyRow(html, "Description", orNone(rig.description()));
        fileRow(html, "Rig file", rig.file(), rig.sha256());
        html.close();
        if (rig.instruments().isEmpty()) {
            html.element("p", "The rig lists no measuring instruments.");
            return;
        }
        html.element("h3", "Measuring instruments");
        html.open("table").open("thead").open("tr")
                .element("th", "Device").element("th", "Model").element("th", "Serial number")
                .element("th", "Calibration certificate").element("th", "Calibration due")
                .element("th", "Uncertainty")
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
                html.element("td", due + " (expired)", "class", "nowrap expired");
            } else {
                html.element("td", due.toString(), "class", "nowrap");
            }
            html.element("td", orNone(instrument.uncertainty())).close();
        }
        html.close().close();
    }

    private static void procedure(Markup html, ProcedureSummary procedure) {
        html.element("h2", "3 Procedure").open("table", "class", "keys");
        keyRow(html, "Procedure", procedure.name());
        keyRow(html, "Title", procedure.title());
        keyRow(html, "Standard", procedure.standard());
        keyRow(html, "Clauses", procedure.clauses().isEmpty() ? NONE : String.join(", ", procedure.clauses()));
        fileRow(html, "Procedure file", procedure.file(), procedure.sha256());
        html.close();
        html.element("h3", "Parameters");
        if (procedure.parameters().isEmpty()) {
            html.element("p", "The procedure takes no parameters.");
            return;
        }
        html.open("table", "class", "keys");
        for (Map.Entry<String, String> parameter : procedure.parameters().entrySet()) {
            html.open("tr").element("th", parameter.getKey(), "class", "mono")
                    .element("td", parameter.getValue()).close();
        }
        html.close();
    }

    private static void conditions(Markup html, ReportData data) {
        html.element("h2", "4 Test conditions");
        if (data.conditions().isEmpty()) {
            html.element("p", "No test conditions were recorded.");
            return;
        }
        html.open("table", "class", "keys");
        for (Condition condition : data.conditions()) {
            keyRow(html, condition.label(), condition.value());
        }
        html.close();
    }

    private static void notComputed(Markup html, ReportData data) {
        if (data.notComputed().isEmpty()) {
            return;
        }
        html.element("h3", "Not computed");
        html.open("ul", "class", "not-computed");
        for (String reason : data.notComputed()) {
            html.element("li", reason);
        }
        html.close();
    }

    private static void plot(Markup html, ReportData data) {
        html.element("h2", "6 Attained positions around their barycentre");
        if (data.scatters().isEmpty()) {
            html.element("p", "No attained positions were recorded for this run.");
            return;
        }
        PoseScatterPlot plot = PoseScatterPlot.of(data.scatters(), data.results());
        String size = String.format(Locale.ROOT, "width: %.1fmm; height: %.1fmm;", plot.widthMm(), plot.heightMm());
        html.open("div", "class", "figure")
                .empty("img", "src", "data:image/png;base64," + Base64.getEncoder().encodeToString(plot.png()),
                        "alt", "Attained positions per pose around their barycentre", "style", size)
                .element("p", "Deviations of the attained positions from their barycentre, in µm, per pose: the XY"
                        + " plane on the left, the XZ plane on the right. All panels share one scale (±"
                        + BigDecimal.valueOf(plot.halfRangeMicrometres()).stripTrailingZeros().toPlainString()
                        + " µm). Dashed circle: radius RPl of the pose, where the results hold it.",
                        "class", "caption")
                .close();
    }

    private static void footer(Markup html, ReportData data) {
        html.open("div", "class", "document-footer")
                .element("div", "Run " + data.runId() + " · " + data.state() + " · started " + utc(data.started())
                        + " · ended " + utc(data.ended()))
                .element("div", "Generated by testbench " + data.softwareVersion() + " from the run's recorded data.")
                .close();
    }

    private static void keyRow(Markup html, String key, String value) {
        html.open("tr").element("th", key).element("td", value).close();
    }

    private static void fileRow(Markup html, String key, String file, String sha256) {
        html.open("tr").element("th", key).open("td").text(file)
                .element("div", "SHA-256 " + sha256, "class", "mono small").close().close();
    }

    private static String utc(Instant instant) {
        return UTC_SECONDS.format(instant.truncatedTo(ChronoUnit.SECONDS));
    }

    private static String orNone(String text) {
        return text.isBlank() ? NONE : text;
    }
}
