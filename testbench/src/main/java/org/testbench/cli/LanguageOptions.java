package org.testbench.cli;

import org.testbench.reports.CjkFont;
import org.testbench.reports.ReportLanguage;
import org.testbench.rigs.yaml.InputException;
import picocli.CommandLine.Option;

/**
 * {@code --lang en|zh|zh-en}, the language of the report's labels, shared by the commands that write
 * reports. Chinese needs a CJK font to embed; it is looked for when the flag is read, so a missing
 * font stops the command before a rig moves or a file is written, naming the font and the package.
 */
final class LanguageOptions {

    @Option(names = "--lang", paramLabel = "LANG",
            description = {"Language of the report's labels: en, zh, or zh-en for Chinese and English side by side"
                + " (default: en; for report, the language the run was written in).", "Chinese embeds a CJK font: install fonts-droid-fallback (or"
                + " fonts-wqy-zenhei), or name a TrueType font in $" + CjkFont.ENVIRONMENT + "."})
    private String language;

    /**
     * @return the language, its font found when it needs one
     * @throws InputException when the flag names no language, or a Chinese one has no font
     */
    ReportLanguage load() throws InputException {
        return loadOr("en");
    }

    /**
     * @param recorded the language a run was written in, used when the flag is not given; null for en
     * @return the language, its font found when it needs one
     * @throws InputException when the flag or the record names no language, or a Chinese one has no font
     */
    ReportLanguage loadOr(String recorded) throws InputException {
        String chosen = language != null ? language : recorded != null ? recorded : "en";
        try {
            ReportLanguage parsed = ReportLanguage.of(chosen);
            if (parsed.needsCjkFont()) {
                CjkFont.locate();
            }
            return parsed;
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw new InputException("--lang " + chosen, null, e.getMessage());
        }
    }
}
