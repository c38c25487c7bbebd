package org.testbench.reports;

import java.util.Locale;
import org.testbench.reports.model.ReportData;

/**
 * The report's embedded style sheet: an A4 page for print and PDF, with the run and page numbers
 * in the page margins, and verdict colours a reader can scan.
 *
 * <p>Fonts: "DejaVu Sans" first, which {@link PdfReport} embeds so that signs such as ≤, ± and µ
 * print, then for Chinese labels the CJK font of {@link CjkFont}; browsers fall back to their sans-serif.
 */
final class ReportStylesheet {

    private static final String BODY = """
            html { font-family: "DejaVu Sans", sans-serif; font-size: 8.5pt; color: #161616; }
            body { margin: 0; }
            h1 { font-size: 15pt; margin: 0 0 1.5mm 0; }
            h2 { font-size: 11pt; margin: 6mm 0 2mm 0; padding-bottom: 0.8mm; border-bottom: 0.6pt solid #555;
                 page-break-after: avoid; }
            h3 { font-size: 9.5pt; margin: 4mm 0 0.5mm 0; page-break-after: avoid; }
            p { margin: 1mm 0; }
            table { border-collapse: collapse; width: 100%; }
            th, td { text-align: left; vertical-align: top; padding: 0.7mm 1.5mm; border-bottom: 0.3pt solid #c8c8c8; }
            thead th { background-color: #ececec; border-bottom: 0.6pt solid #777; }
            tr { page-break-inside: avoid; }
            table.keys th { width: 38mm; font-weight: normal; color: #444; }
            td.num, th.num { text-align: right; white-space: nowrap; }
            .nowrap { white-space: nowrap; }
            .mono { font-family: "DejaVu Sans Mono", monospace; font-size: 7.5pt; }
            .small { font-size: 6.8pt; color: #555; }
            .subtitle { color: #444; }
            table.masthead { margin-bottom: 3mm; }
            table.masthead td { border-bottom: none; padding: 0; vertical-align: middle; }
            table.masthead td.badge-cell { text-align: right; width: 45mm; }
            .badge { display: inline-block; padding: 1.5mm 3.5mm; color: #ffffff; font-weight: bold;
                     font-size: 11pt; border-radius: 1mm; }
            .badge.pass { background-color: #1b7a3a; }
            .badge.fail { background-color: #b3001b; }
            .badge.inconclusive { background-color: #a85d00; }
            .badge.not-evaluated { background-color: #6b6b6b; }
            .verdict { font-weight: bold; white-space: nowrap; }
            .verdict.pass { color: #1b7a3a; }
            .verdict.fail { color: #b3001b; }
            .verdict.inconclusive { color: #a85d00; }
            .verdict.not-evaluated { color: #6b6b6b; font-weight: normal; }
            tr.fail td { background-color: #fbe9eb; }
            .example-mark { color: #a85d00; font-style: italic; white-space: nowrap; }
            .example-note { color: #a85d00; }
            .expired { color: #b3001b; font-weight: bold; }
            .subject { page-break-inside: avoid; }
            .figure { page-break-inside: avoid; margin-top: 2mm; }
            .caption { font-size: 7.5pt; color: #333; margin-top: 1.5mm; }
            .figure-row { page-break-inside: avoid; }
            .figure.half { display: inline-block; width: 50%; vertical-align: top; }
            .figure.half p { padding-right: 4mm; }
            .figure-title { margin: 0 0 1mm 0; }
            .figure-number { font-weight: bold; }
            .cover { page-break-after: always; }
            .cover-title { margin-top: 2mm; }
            .status.draft, .draft-reason { color: #b3001b; font-weight: bold; }
            .conclusion { font-weight: bold; }
            table.sign-off th { width: 38mm; }
            .document-footer { margin-top: 8mm; padding-top: 1.5mm; border-top: 0.6pt solid #555;
                               font-size: 7.5pt; color: #444; }
            """;

    private static final int REPLACEMENT = 0xFFFD;

    private ReportStylesheet() {
    }

    /**
     * @param data     the report's data, for the page margins' text
     * @param language the language of the labels; Chinese adds the CJK font after DejaVu Sans, which
     *                 lacks the Chinese characters
     * @return the style sheet
     */
    static String css(ReportData data, ReportLanguage language) {
        String fonts = "\"" + ReportFonts.SANS + "\", " + (language.needsCjkFont() ? "\"" + CjkFont.FAMILY + "\", " : "")
                + "sans-serif";
        // Page margin boxes do not inherit from the document, so they name the embedded fonts again.
        String margin = "font-family: " + fonts + "; font-size: 7pt; color: #555;";
        String pages = language.compose(side -> cssString(side.text(ReportLabel.PAGE)) + " counter(page) "
                + cssString(side.text(ReportLabel.PAGE_OF)) + " counter(pages)"
                + (side.text(ReportLabel.PAGE_END).isEmpty() ? "" : " " + cssString(side.text(ReportLabel.PAGE_END))),
                " \" \" ");
        return "@page {\n"
                + "  size: A4;\n"
                + "  margin: 16mm 15mm 17mm 15mm;\n"
                + "  @top-left { content: " + cssString(data.title()) + "; " + margin + " }\n"
                + "  @top-right { content: " + cssString(language.text(ReportLabel.RUN_WORD) + " " + data.runId()) + "; "
                + margin + " }\n"
                + "  @bottom-left { content: " + cssString(language.format(ReportLabel.MARGIN_GENERATED,
                        data.softwareVersion())) + "; " + margin + " }\n"
                + "  @bottom-right { content: " + pages + "; " + margin + " }\n"
                // A draft says so on every page, so no page of it passes for a final report.
                + (data.draftReasons().isEmpty() ? "" : "  @top-center { content: "
                        + cssString(language.text(ReportLabel.STATUS_DRAFT)) + "; " + margin
                        + " color: #b3001b; font-weight: bold; }\n")
                + "}\n"
                + BODY
                + (language.needsCjkFont() ? "html { font-family: " + fonts + "; }\n" : "");
    }

    /**
     * Quotes text as a CSS string. Everything but plain ASCII letters, digits and a few safe
     * signs is written as a six-digit CSS escape, so the result means the same to a CSS parser
     * whether the document is read as HTML or as XML, and cannot end the string or the rule.
     * Control characters, lone surrogates and non-characters become U+FFFD, as in the text. A space
     * after an escape is doubled, since CSS takes one space after an escape as its end ("第 1" stays
     * two words).
     *
     * @param text any text
     * @return the quoted CSS string
     */
    static String cssString(String text) {
        StringBuilder css = new StringBuilder(text.length() + 2).append('"');
        boolean afterEscape = false;
        for (int cp : text.codePoints().toArray()) {
            if (isPlain(cp)) {
                css.append(afterEscape && cp == ' ' ? "  " : Character.toString(cp));
                afterEscape = false;
            } else {
                css.append(String.format(Locale.ROOT, "\\%06X", isDisplayable(cp) ? cp : REPLACEMENT));
                afterEscape = true;
            }
        }
        return css.append('"').toString();
    }

    private static boolean isDisplayable(int cp) {
        boolean surrogate = cp >= Character.MIN_SURROGATE && cp <= Character.MAX_SURROGATE;
        return cp >= 0x20 && !surrogate && cp != 0xFFFE && cp != 0xFFFF;
    }

    private static boolean isPlain(int cp) {
        return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9')
                || " .,:;_-+=()/#@!?%*".indexOf(cp) >= 0;
    }
}
