package org.testbench.procedures;

/** The kinds of value a procedure parameter can hold, and how each is parsed from text. */
public enum ParameterType {
    /** A real number, held as Double. */
    NUMBER("number"),
    /** A whole number, held as Long. */
    INTEGER("integer"),
    /** Three numbers, e.g. a position; held as double[3]; written "1000,0,800" on the command line. */
    VECTOR("vector"),
    /** One of a fixed list of words, held as String. */
    CHOICE("choice");

    private final String label;

    ParameterType(String label) {
        this.label = label;
    }

    /** @return the name used in procedure files */
    public String label() {
        return label;
    }

    /**
     * @param label a type name from a procedure file
     * @return the type
     * @throws IllegalArgumentException listing the known types
     */
    public static ParameterType of(String label) {
        for (ParameterType t : values()) {
            if (t.label.equals(label)) {
                return t;
            }
        }
        throw new IllegalArgumentException("unknown parameter type '" + label + "' (known: number, integer, vector, choice)");
    }
}
