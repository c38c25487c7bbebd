package org.testbench.reports;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Writes well-formed XHTML: every text and attribute value goes through {@link #escape}, and every
 * element opened is closed in order, so data from DUT or rig files can neither inject markup nor
 * break the XML parser openhtmltopdf uses.
 */
final class Markup {

    private static final char REPLACEMENT = '\uFFFD';

    private final StringBuilder out = new StringBuilder(256 * 1024);
    private final Deque<String> openElements = new ArrayDeque<>();

    /**
     * Opens an element.
     *
     * @param tag        the element name
     * @param attributes name, value pairs; a null value leaves the attribute out
     * @return this
     */
    Markup open(String tag, String... attributes) {
        startTag(tag, attributes);
        out.append('>');
        openElements.push(tag);
        return this;
    }

    /** @return this, after closing the innermost open element */
    Markup close() {
        if (openElements.isEmpty()) {
            throw new IllegalStateException("no element is open");
        }
        out.append("</").append(openElements.pop()).append('>');
        return this;
    }

    /**
     * Writes an element holding only text.
     *
     * @param tag        the element name
     * @param text       its text, escaped here
     * @param attributes name, value pairs; a null value leaves the attribute out
     * @return this
     */
    Markup element(String tag, String text, String... attributes) {
        return open(tag, attributes).text(text).close();
    }

    /**
     * Writes an element without content, e.g. {@code <img .../>} or {@code <meta .../>}.
     *
     * @param tag        the element name
     * @param attributes name, value pairs; a null value leaves the attribute out
     * @return this
     */
    Markup empty(String tag, String... attributes) {
        startTag(tag, attributes);
        out.append("/>");
        return this;
    }

    /**
     * @param text text, escaped here
     * @return this
     */
    Markup text(String text) {
        out.append(escape(text));
        return this;
    }

    /**
     * Writes a style sheet unescaped. CSS is raw text in HTML but parsed text in XHTML, so it
     * must not hold the characters whose meaning differs between the two; data in CSS strings
     * goes through {@link ReportStylesheet#cssString}, which escapes them the CSS way.
     *
     * @param css the style sheet
     * @return this
     * @throws IllegalArgumentException when the style sheet holds '&lt;', '&amp;' or "]]&gt;"
     */
    Markup styleSheet(String css) {
        if (css.indexOf('<') >= 0 || css.indexOf('&') >= 0 || css.contains("]]>")) {
            throw new IllegalArgumentException("style sheet must not contain '<', '&' or ']]>'");
        }
        open("style", "type", "text/css");
        out.append(css);
        return close();
    }

    /**
     * @return the document
     * @throws IllegalStateException when an element is still open
     */
    String finish() {
        if (!openElements.isEmpty()) {
            throw new IllegalStateException("elements still open: " + openElements);
        }
        return out.toString();
    }

    /**
     * Escapes text for XML content and attribute values: the five markup characters become
     * references, and characters XML 1.0 forbids (controls, lone surrogates) become U+FFFD.
     *
     * @param text any text
     * @return the escaped text
     */
    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> {
                    if (Character.isHighSurrogate(c) && i + 1 < text.length()
                            && Character.isLowSurrogate(text.charAt(i + 1))) {
                        escaped.append(c).append(text.charAt(++i));
                    } else {
                        escaped.append(isXmlChar(c) ? c : REPLACEMENT);
                    }
                }
            }
        }
        return escaped.toString();
    }

    private void startTag(String tag, String... attributes) {
        if (attributes.length % 2 != 0) {
            throw new IllegalArgumentException("attributes of <" + tag + "> must be name, value pairs");
        }
        out.append('<').append(tag);
        for (int i = 0; i < attributes.length; i += 2) {
            if (attributes[i + 1] != null) {
                out.append(' ').append(attributes[i]).append("=\"").append(escape(attributes[i + 1])).append('"');
            }
        }
    }

    private static boolean isXmlChar(char c) {
        if (c < 0x20) {
            return c == '\t' || c == '\n' || c == '\r';
        }
        return !Character.isSurrogate(c) && c != '\uFFFE' && c != '\uFFFF';
    }
}
