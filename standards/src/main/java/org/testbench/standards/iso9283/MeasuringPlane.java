package org.testbench.standards.iso9283;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The four diagonal planes of the ISO 9283 test cube, one of which carries the test poses.
 *
 * <p>Each plane is named by its corners in order around its rectangle (a x a√2), so neighbours in
 * the list share an edge and the first and third (second and fourth) are diagonally opposite.
 * The corner numbering itself is defined by {@link TestCube}.
 */
public enum MeasuringPlane {
    /** The plane through C1, C2, C7, C8. */
    C1_C2_C7_C8(1, 2, 7, 8),
    /** The plane through C2, C3, C8, C5. */
    C2_C3_C8_C5(2, 3, 8, 5),
    /** The plane through C3, C4, C5, C6. */
    C3_C4_C5_C6(3, 4, 5, 6),
    /** The plane through C4, C1, C6, C7. */
    C4_C1_C6_C7(4, 1, 6, 7);

    private final List<Integer> corners;

    MeasuringPlane(int first, int second, int third, int fourth) {
        this.corners = List.of(first, second, third, fourth);
    }

    /** @return the label as the standard writes it, e.g. "C1-C2-C7-C8" */
    public String label() {
        return corners.stream().map(k -> "C" + k).collect(Collectors.joining("-"));
    }

    /** @return the corner numbers (1..8) in the order the plane lists them around its rectangle */
    public List<Integer> corners() {
        return corners;
    }

    /**
     * Reads a plane from its label, ignoring case and surrounding blanks.
     *
     * @param label a label such as "C1-C2-C7-C8"
     * @return the plane
     * @throws IllegalArgumentException naming the valid labels when {@code label} is none of them
     */
    public static MeasuringPlane parse(String label) {
        String wanted = label == null ? "" : label.trim();
        for (MeasuringPlane plane : values()) {
            if (plane.label().equalsIgnoreCase(wanted)) {
                return plane;
            }
        }
        throw new IllegalArgumentException("unknown measuring plane '" + label + "', expected one of "
                + Arrays.stream(values()).map(MeasuringPlane::label).collect(Collectors.joining(", ")));
    }
}
