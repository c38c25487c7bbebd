package org.testbench.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class MarkupTest {

    @Test
    void escapesMarkupCharactersAndReplacesCharactersXmlForbids() {
        assertThat(Markup.escape("a<b>&\"c'")).isEqualTo("a&lt;b&gt;&amp;&quot;c&#39;");
        assertThat(Markup.escape("tab\tok\u0000\u001b\uFFFE")).isEqualTo("tab\tok\uFFFD\uFFFD\uFFFD");
        assertThat(Markup.escape("lone \uD800 pair \uD83D\uDE00")).isEqualTo("lone \uFFFD pair \uD83D\uDE00");
    }

    @Test
    void writesNestedElementsAndLeavesOutNullAttributes() {
        String xhtml = new Markup().open("p", "class", "x", "title", null).text("1 < 2")
                .empty("br").element("b", "&", "id", "q\"").close().finish();

        assertThat(xhtml).isEqualTo("<p class=\"x\">1 &lt; 2<br/><b id=\"q&quot;\">&amp;</b></p>");
    }

    @Test
    void refusesAnUnclosedDocumentAndAStyleSheetThatCouldBreakOut() {
        assertThatThrownBy(() -> new Markup().open("div").finish()).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("div");
        assertThatThrownBy(() -> new Markup().styleSheet("p { } </style>"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(new Markup().styleSheet("a > b { content: \"x\"; }").finish())
                .isEqualTo("<style type=\"text/css\">a > b { content: \"x\"; }</style>");
    }

    @Test
    void cssStringsEscapeEverythingThatCouldEndThem() {
        assertThat(ReportStylesheet.cssString("run 7: ok")).isEqualTo("\"run 7: ok\"");
        assertThat(ReportStylesheet.cssString("a\"b}\\<µ"))
                .isEqualTo("\"a\\000022b\\00007D\\00005C\\00003C\\0000B5\"");
    }
}
