package org.testbench.procedures.step;

import org.testbench.rigs.yaml.InputException;
import org.testbench.rigs.yaml.YamlNode;

/**
 * A step argument: a literal written in the file, or {@code $name} naming a procedure parameter
 * or an enclosing loop variable. References are checked when the file is parsed and resolved
 * when the step runs.
 */
public final class Argument {

    /** What an argument must evaluate to. */
    public enum Kind {
        /** A real number. */
        NUMBER,
        /** A whole number. */
        INTEGER,
        /** The name of a commanded pose (P1..P5). */
        POSE,
        /** Three numbers. */
        VECTOR,
        /** A word from a fixed list. */
        CHOICE
    }

    private final String reference;
    private final Object literal;
    private final String text;

    private Argument(String reference, Object literal, String text) {
        this.reference = reference;
        this.literal = literal;
        this.text = text;
    }

    /**
     * @param node   the argument as written
     * @param kind   what it must be
     * @param parser the scope that knows parameters, poses and loop variables
     * @return the checked argument
     * @throws InputException when the literal is malformed or the reference unknown or of the wrong kind
     */
    public static Argument parse(YamlNode node, Kind kind, StepParser parser) throws InputException {
        if (!node.isList() && !node.isMap() && node.asText().startsWith("$")) {
            String name = node.asText().substring(1);
            Kind declared = parser.kindOf(name);
            if (declared == null) {
                throw node.error("unknown reference '$" + name + "' (known: " + parser.knownNames() + ")");
            }
            boolean compatible = declared == kind || kind == Kind.NUMBER && declared == Kind.INTEGER;
            if (!compatible) {
                throw node.error("'$" + name + "' is a " + declared.name().toLowerCase() + ", but a "
                        + kind.name().toLowerCase() + " is needed here");
            }
            return new Argument(name, null, node.asText());
        }
        Object literal;
        switch (kind) {
            case NUMBER: literal = node.asDouble(); break;
            case INTEGER: literal = node.asLong(); break;
            case VECTOR: literal = node.asNumbers(3); break;
            case POSE:
                literal = node.asText();
                if (!parser.poseNames().contains(literal)) {
                    throw node.error("unknown pose '" + literal + "' (poses: " + String.join(", ", parser.poseNames()) + ")");
                }
                break;
            default: literal = node.asText(); break;
        }
        return new Argument(null, literal, node.isList() ? node.path() : node.asText());
    }

    /**
     * Parses a number that must lie in a range whatever the parameter values are: a literal is
     * checked now, a parameter by its declared min and max; loop variables are not accepted.
     *
     * @param node   the argument as written
     * @param kind   NUMBER or INTEGER
     * @param parser the scope
     * @param min    the smallest allowed value
     * @param max    the largest allowed value
     * @return the checked argument
     * @throws InputException when the value, or the parameter's declared range, can leave [min, max]
     */
    public static Argument parseInRange(YamlNode node, Kind kind, StepParser parser, double min, double max)
            throws InputException {
        Argument a = parse(node, kind, parser);
        String allowed = "[" + plain(min) + ", " + plain(max) + "]";
        if (a.reference == null) {
            double v = ((Number) a.literal).doubleValue();
            if (v < min || v > max) {
                throw node.error("must lie in " + allowed + ", found " + plain(v));
            }
            return a;
        }
        double[] range = parser.parameterRange(a.reference);
        if (range == null) {
            throw node.error("'$" + a.reference + "' is a loop variable; only a literal or a parameter can be used here");
        }
        if (range[0] < min || range[1] > max) {
            throw node.error("parameter '" + a.reference + "' must declare min and max within " + allowed
                    + ", it declares [" + plain(range[0]) + ", " + plain(range[1]) + "]");
        }
        return a;
    }

    private static String plain(double v) {
        if (Double.isInfinite(v)) {
            return v > 0 ? "inf" : "-inf";
        }
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? String.valueOf((long) v) : String.valueOf(v);
    }

    /**
     * @param values resolves references
     * @return the value
     */
    public Object value(ValueLookup values) {
        return reference == null ? literal : values.lookup(reference);
    }

    /**
     * @param values resolves references
     * @return the value as a number
     */
    public double number(ValueLookup values) {
        return ((Number) value(values)).doubleValue();
    }

    /**
     * @param values resolves references
     * @return the value as a whole number
     */
    public long integer(ValueLookup values) {
        return ((Number) value(values)).longValue();
    }

    /**
     * @param values resolves references
     * @return the value as text (pose or choice)
     */
    public String text(ValueLookup values) {
        return (String) value(values);
    }

    @Override
    public String toString() {
        return text;
    }

    /** Resolves a reference by name: parameters, and during a run, loop variables too. */
    @FunctionalInterface
    public interface ValueLookup {
        /**
         * @param name a parameter or loop variable
         * @return its current value
         */
        Object lookup(String name);
    }
}
