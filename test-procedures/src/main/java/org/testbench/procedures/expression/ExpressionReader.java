package org.testbench.procedures.expression;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.testbench.rigs.Unit;
import org.testbench.rigs.yaml.InputException;
import org.testbench.rigs.yaml.YamlNode;

/**
 * Reads an expression's text by recursive descent:
 * <pre>
 * expression = product (("+" | "-") product)*
 * product    = factor (("*" | "/") factor)*
 * factor     = "-" factor | "(" expression ")" | number [unit] | "$" name | "$dut." name
 * </pre>
 * Names may contain '-', so a minus between two references needs spaces around it.
 */
final class ExpressionReader {

    private static final Pattern NUMBER = Pattern.compile("(?:\\d+(?:\\.\\d*)?|\\.\\d+)(?:[eE][-+]?\\d+)?");
    private static final Pattern UNIT = Pattern.compile("[A-Za-z%]+");
    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9-]*");

    private final String text;
    private final YamlNode at;
    private final ExpressionScope scope;
    private int position;

    private ExpressionReader(String text, YamlNode at, ExpressionScope scope) {
        this.text = text;
        this.at = at;
        this.scope = scope;
    }

    /**
     * @param text  the expression
     * @param at    where it is written
     * @param scope the names it may use
     * @return its tree
     * @throws InputException naming the character that cannot be read, or an unknown name or unit
     */
    static Term read(String text, YamlNode at, ExpressionScope scope) throws InputException {
        ExpressionReader reader = new ExpressionReader(text, at, scope);
        Term term = reader.expression();
        reader.skipSpaces();
        if (reader.position < text.length()) {
            throw reader.unexpected();
        }
        return term;
    }

    private Term expression() throws InputException {
        Term term = product();
        while (true) {
            char c = peek();
            if (c != '+' && c != '-') {
                return term;
            }
            position++;
            term = new Operation(c, term, product());
        }
    }

    private Term product() throws InputException {
        Term term = factor();
        while (true) {
            char c = peek();
            if (c != '*' && c != '/') {
                return term;
            }
            position++;
            term = new Operation(c, term, factor());
        }
    }

    private Term factor() throws InputException {
        char c = peek();
        if (c == '-') {
            position++;
            return new Operation('n', factor(), null);
        }
        if (c == '(') {
            position++;
            Term inner = expression();
            if (peek() != ')') {
                throw at.error("'" + text + "': missing ')' at character " + (position + 1));
            }
            position++;
            return inner;
        }
        if (c == '$') {
            position++;
            String name = match(NAME, "a name after '$'");
            if (name.equals("dut") && position < text.length() && text.charAt(position) == '.') {
                position++;
                return new Term.DutProperty(match(NAME, "a DUT property's name after '$dut.'"));
            }
            return new Term.Reference(name, scope.number(name, at));
        }
        double value = Double.parseDouble(match(NUMBER, "a number, '$name', '-' or '('"));
        skipSpaces();
        Matcher unit = UNIT.matcher(text).region(position, text.length());
        if (!unit.lookingAt()) {
            return new Term.Literal(value, Unit.Quantity.COUNT);
        }
        position = unit.end();
        try {
            Unit u = Unit.of(unit.group());
            return new Term.Literal(u.toBase(value), u.quantity());
        } catch (IllegalArgumentException e) {
            throw at.error("'" + text + "': " + e.getMessage());
        }
    }

    private String match(Pattern pattern, String expected) throws InputException {
        skipSpaces();
        Matcher m = pattern.matcher(text).region(position, text.length());
        if (!m.lookingAt()) {
            throw position < text.length() ? unexpected(expected) : at.error("'" + text + "': expected " + expected
                    + " at the end");
        }
        position = m.end();
        return m.group();
    }

    private char peek() {
        skipSpaces();
        return position < text.length() ? text.charAt(position) : 0;
    }

    private void skipSpaces() {
        while (position < text.length() && Character.isWhitespace(text.charAt(position))) {
            position++;
        }
    }

    private InputException unexpected() {
        return at.error("'" + text + "': unexpected '" + text.charAt(position) + "' at character " + (position + 1));
    }

    private InputException unexpected(String expected) {
        return at.error("'" + text + "': expected " + expected + " at character " + (position + 1) + ", found '"
                + text.charAt(position) + "'");
    }
}
