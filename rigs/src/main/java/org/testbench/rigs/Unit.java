package org.testbench.rigs;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The units a rig signal, a DUT property or a procedure value may be written in. Devices convert to
 * the bench's base units (mm, deg, s, and the one unit of every other quantity) so that procedures
 * and standards never see a metre, a radian or an hour.
 */
public enum Unit {
    /** Millimetre, the base length unit. */
    MM("mm", Quantity.LENGTH, 1.0),
    /** Micrometre. */
    UM("um", Quantity.LENGTH, 1e-3),
    /** Metre. */
    M("m", Quantity.LENGTH, 1e3),
    /** Degree, the base angle unit. */
    DEG("deg", Quantity.ANGLE, 1.0),
    /** Radian. */
    RAD("rad", Quantity.ANGLE, 180.0 / Math.PI),
    /** Arc minute, the usual unit of reducer backlash, lost motion and transmission error. */
    ARCMIN("arcmin", Quantity.ANGLE, 1.0 / 60),
    /** Arc second. */
    ARCSEC("arcsec", Quantity.ANGLE, 1.0 / 3600),
    /** Percent, e.g. a speed override. */
    PERCENT("%", Quantity.RATIO, 1.0),
    /** A count, state or flag without dimension. */
    ONE("1", Quantity.COUNT, 1.0),
    /** Newton. */
    N("N", Quantity.FORCE, 1.0),
    /** Newton metre. */
    NM("Nm", Quantity.TORQUE, 1.0),
    /** Degree Celsius. */
    DEGC("degC", Quantity.TEMPERATURE, 1.0),
    /** Revolutions per minute. */
    RPM("rpm", Quantity.ROTATIONAL_SPEED, 1.0),
    /** Second. */
    S("s", Quantity.TIME, 1.0),
    /** Millisecond. */
    MS("ms", Quantity.TIME, 1e-3),
    /** Minute. */
    MIN("min", Quantity.TIME, 60.0),
    /** Hour, e.g. of a life test. */
    H("h", Quantity.TIME, 3600.0),
    /** Ampere. */
    A("A", Quantity.CURRENT, 1.0),
    /** Volt. */
    V("V", Quantity.VOLTAGE, 1.0),
    /** Newton metre per arc minute, the catalogue unit of a reducer's torsional stiffness (K1, K2, K3). */
    NM_PER_ARCMIN("Nm/arcmin", Quantity.TORSIONAL_STIFFNESS, 1.0);

    /** What a unit measures; a signal's role fixes the quantity it must have. */
    public enum Quantity {
        /** Lengths, based on mm. */
        LENGTH,
        /** Angles, based on degrees. */
        ANGLE,
        /** Ratios in percent. */
        RATIO,
        /** Counters, states and flags. */
        COUNT,
        /** Forces, in N. */
        FORCE,
        /** Torques, in Nm. */
        TORQUE,
        /** Temperatures, in degC. */
        TEMPERATURE,
        /** Rotational speeds, in rpm. */
        ROTATIONAL_SPEED,
        /** Durations, in s. */
        TIME,
        /** Electric currents, in A. */
        CURRENT,
        /** Voltages, in V. */
        VOLTAGE,
        /** Torsional stiffness, in Nm/arcmin: rated K1..K3 of a reducer. */
        TORSIONAL_STIFFNESS
    }

    private final String symbol;
    private final Quantity quantity;
    private final double toBase;

    Unit(String symbol, Quantity quantity, double toBase) {
        this.symbol = symbol;
        this.quantity = quantity;
        this.toBase = toBase;
    }

    /** @return the symbol as written in rig files, e.g. "mm" */
    public String symbol() {
        return symbol;
    }

    /** @return what this unit measures */
    public Quantity quantity() {
        return quantity;
    }

    /**
     * @return the base unit of this unit's quantity (mm, deg, s, ...; the unit itself for quantities
     *     with one unit), in which devices hand values to procedures
     */
    public Unit base() {
        for (Unit u : values()) {
            if (u.quantity == quantity && u.toBase == 1.0) {
                return u;
            }
        }
        throw new IllegalStateException("no base unit for " + quantity);
    }

    /**
     * @param value a value in this unit
     * @return the value in the quantity's base unit
     */
    public double toBase(double value) {
        return value * toBase;
    }

    /**
     * @param value a value in the base unit
     * @return the value in this unit
     */
    public double fromBase(double value) {
        return value / toBase;
    }

    /**
     * @param quantity a quantity
     * @return its base unit, the one values of that quantity are converted to (mm, deg, %, ...)
     */
    public static Unit base(Quantity quantity) {
        for (Unit u : values()) {
            if (u.quantity == quantity && u.toBase == 1.0) {
                return u;
            }
        }
        throw new IllegalStateException("no base unit for " + quantity);
    }

    /**
     * @param symbol a unit symbol
     * @return the unit
     * @throws IllegalArgumentException listing the known symbols when it is unknown
     */
    public static Unit of(String symbol) {
        for (Unit u : values()) {
            if (u.symbol.equals(symbol)) {
                return u;
            }
        }
        throw new IllegalArgumentException("unknown unit '" + symbol + "' (known: "
                + Arrays.stream(values()).map(Unit::symbol).collect(Collectors.joining(", ")) + ")");
    }
}
