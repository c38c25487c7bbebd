package org.testbench.reports;

import java.util.Locale;
import java.util.function.Function;
import org.testbench.standards.Verdict;

/**
 * The language of a report's fixed labels: English, Chinese, or both side by side (Chinese first,
 * "测试结果 Results") for Chinese certifiers who also file the English text. Only the labels are
 * translated ({@link ReportLabel}); procedure titles, parameter descriptions, figures and anything
 * else taken from the run's files stay as written.
 */
public enum ReportLanguage {

    /** English labels: the report as it has always been. */
    EN("en", "en"),
    /** Chinese labels. */
    ZH("zh", "zh"),
    /** Chinese, then English, in every label. */
    ZH_EN("zh-en", "zh");

    private final String option;
    private final String htmlLang;

    ReportLanguage(String option, String htmlLang) {
        this.option = option;
        this.htmlLang = htmlLang;
    }

    /**
     * @param option as given on the command line: "en", "zh" or "zh-en"
     * @return the language
     * @throws IllegalArgumentException when the option names none of them
     */
    public static ReportLanguage of(String option) {
        for (ReportLanguage language : values()) {
            if (language.option.equals(option.toLowerCase(Locale.ROOT))) {
                return language;
            }
        }
        throw new IllegalArgumentException("expected en, zh or zh-en, not '" + option + "'");
    }

    /** @return the command-line spelling, e.g. "zh-en" */
    public String option() {
        return option;
    }

    /** @return whether the PDF needs a CJK font ({@link CjkFont}) for the labels */
    public boolean needsCjkFont() {
        return this != EN;
    }

    /**
     * @param label a fixed label
     * @return it in this language, e.g. "测试结果 Results" in {@link #ZH_EN}
     */
    public String text(ReportLabel label) {
        return compose(side -> side == ZH ? label.chinese() : label.english());
    }

    /**
     * @param label     a label with {@link String#format} placeholders, e.g. {@link ReportLabel#FIGURE}
     * @param arguments what fills them, the same in every language
     * @return the label filled in, in this language
     */
    public String format(ReportLabel label, Object... arguments) {
        return compose(side -> String.format(Locale.ROOT, side == ZH ? label.chinese() : label.english(), arguments));
    }

    /**
     * @param verdict a verdict
     * @return its label, e.g. "NOT EVALUATED" or "不合格 FAIL"
     */
    public String verdict(Verdict verdict) {
        return text(switch (verdict) {
            case PASS -> ReportLabel.PASS;
            case FAIL -> ReportLabel.FAIL;
            case INCONCLUSIVE -> ReportLabel.INCONCLUSIVE;
            case NOT_EVALUATED -> ReportLabel.NOT_EVALUATED;
        });
    }

    /** @return the value of the XHTML document's {@code lang} attribute */
    String htmlLang() {
        return htmlLang;
    }

    /**
     * Writes a phrase whose grammar differs between the languages (word order, punctuation) once
     * per language, and puts the Chinese before the English in {@link #ZH_EN}.
     *
     * @param phrase writes the phrase in one language, given {@link #EN} or {@link #ZH}
     * @return the phrase in this language
     */
    String compose(Function<ReportLanguage, String> phrase) {
        return compose(phrase, " ");
    }

    /**
     * @param phrase    writes the phrase in one language, given {@link #EN} or {@link #ZH}
     * @param separator what goes between the Chinese and the English in {@link #ZH_EN}
     * @return the phrase in this language
     */
    String compose(Function<ReportLanguage, String> phrase, String separator) {
        return this == ZH_EN ? phrase.apply(ZH) + separator + phrase.apply(EN) : phrase.apply(this);
    }
}
