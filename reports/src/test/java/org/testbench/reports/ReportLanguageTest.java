package org.testbench.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.junit.jupiter.api.Test;
import org.testbench.standards.Verdict;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

class ReportLanguageTest {

    @Test
    void theOptionNamesTheLanguage() {
        assertThat(ReportLanguage.of("zh-en")).isEqualTo(ReportLanguage.ZH_EN);
        assertThat(ReportLanguage.of("ZH")).isEqualTo(ReportLanguage.ZH);
        assertThat(ReportLanguage.of("en").needsCjkFont()).isFalse();
        assertThatThrownBy(() -> ReportLanguage.of("de")).hasMessage("expected en, zh or zh-en, not 'de'");
    }

    @Test
    void bilingualLabelsPutTheChineseBeforeTheEnglish() {
        assertThat(ReportLanguage.ZH_EN.text(ReportLabel.SECTION_RESULTS)).isEqualTo("测试结果 Results");
        assertThat(ReportLanguage.ZH.text(ReportLabel.SECTION_RESULTS)).isEqualTo("测试结果");
        assertThat(ReportLanguage.EN.verdict(Verdict.NOT_EVALUATED)).isEqualTo("NOT EVALUATED");
        assertThat(ReportLanguage.ZH_EN.verdict(Verdict.FAIL)).isEqualTo("不合格 FAIL");
        assertThat(ReportLanguage.ZH_EN.format(ReportLabel.FIGURE, 3)).isEqualTo("图 3 Figure 3");
        assertThat(ReportLanguage.ZH.format(ReportLabel.VERDICT_COUNT, "合格", 9)).isEqualTo("合格 9 项");
        assertThat(ReportLanguage.EN.format(ReportLabel.VERDICT_COUNT, "PASS", 9)).isEqualTo("9 PASS");
    }

    @Test
    void everyLabelHasBothLanguagesAndTheSamePlaceholders() {
        for (ReportLabel label : ReportLabel.values()) {
            if (label != ReportLabel.PAGE_END) {
                assertThat(label.english()).as(label.name()).isNotBlank();
            }
            assertThat(label.chinese()).as(label.name()).isNotBlank();
            assertThat(placeholders(label.chinese())).as(label.name())
                    .containsExactlyInAnyOrderElementsOf(placeholders(label.english()));
        }
    }

    @Test
    void aChineseReportHasChineseLabelsAndKeepsTheDataAsWritten() throws Exception {
        String xhtml = HtmlReport.render(SampleReports.report(), ReportLanguage.ZH).xhtml();
        Document document = parse(xhtml);

        assertThat(texts(document, "//h2")).containsExactly("检测报告", "1 被测样品", "2 试验台与测量仪器", "3 试验程序", "4 试验条件",
                "5 测试结果", "6 图");
        assertThat(texts(document, "//html/@lang")).containsExactly("zh");
        assertThat(texts(document, "//h2[.='5 测试结果']/following-sibling::p[1]"))
                .containsExactly("共 55 项结果：合格 9 项，不合格 1 项，未评定 45 项。");
        assertThat(texts(document, "//tr[td[1]='thermometer']/td[contains(@class,'expired')]"))
                .containsExactly("2026-01-31 （已过期）");
        // The procedure's title and the figures' text are the run's data: not translated.
        assertThat(texts(document, "//tr[th='名称']/td")).containsExactly("Pose accuracy and repeatability");
        assertThat(texts(document, "//p[@class='figure-title']").get(0))
                .isEqualTo("图 1 " + SampleFigures.HYSTERESIS_TITLE);
        assertThat(texts(document, "//style").get(0)).contains("\"DejaVu Sans\", \"testbench CJK\", sans-serif",
                "\"\\007B2C  \" counter(page) \" \\009875\\00FF0C\\005171  \" counter(pages) \" \\009875\"");
    }

    @Test
    void aSpaceAfterAnEscapedCharacterSurvivesInCss() {
        // CSS ends an escape with one space and drops it: the word gap needs a second one.
        assertThat(ReportStylesheet.cssString("第 1 页")).isEqualTo("\"\\007B2C  1 \\009875\"");
        assertThat(ReportStylesheet.cssString("run 7")).isEqualTo("\"run 7\"");
    }

    @Test
    void bilingualPageNumbersKeepAGapBetweenTheChineseAndTheEnglish() {
        String xhtml = HtmlReport.render(SampleReports.report(), ReportLanguage.ZH_EN).xhtml();

        assertThat(xhtml).contains("counter(pages) \" \\009875\" \" \" \"page \" counter(page) \" of \" counter(pages);");
    }

    @Test
    void anEnglishReportNamesNoCjkFont() {
        String xhtml = HtmlReport.render(SampleReports.report(), ReportLanguage.EN).xhtml();

        // The font's family name, quoted as the style sheet writes it: three letters alone also turn up in figures' base64.
        assertThat(xhtml).doesNotContain("\"" + CjkFont.FAMILY + "\"").contains("<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\">",
                "@bottom-right { content: \"page \" counter(page) \" of \" counter(pages);");
    }

    private static List<String> placeholders(String text) {
        List<String> found = new ArrayList<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("%(\\d\\$)?[sd]").matcher(text);
        while (m.find()) {
            found.add(m.group());
        }
        return found;
    }

    private static Document parse(String xhtml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", false);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xhtml.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<String> texts(Document document, String xpath) throws Exception {
        NodeList nodes = (NodeList) XPathFactory.newInstance().newXPath().evaluate(xpath, document,
                XPathConstants.NODESET);
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent());
        }
        return texts;
    }
}
