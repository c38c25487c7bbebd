package org.testbench.rigs.device;

import java.util.List;
import java.util.Set;
import org.testbench.rigs.Sample;

/**
 * A generic device as a procedure sees it: named signals read and written in engineering units.
 * Values are in the base unit of each signal's quantity (mm, deg, s, Nm, rpm, degC, ...): the
 * device applies the rig file's scale and offset on the way in, and their inverse on the way out.
 */
public interface DeviceSignals {

    /** @return the device's name in the rig */
    String name();

    /** @return every signal the rig file maps, in file order */
    Set<String> signals();

    /** @return the signals a client may write (the protocol decides: Modbus input registers never are) */
    Set<String> writable();

    /**
     * @param signal one of {@link #signals()}
     * @return the unit its samples carry and its writes take, e.g. "Nm"
     * @throws IllegalArgumentException when the device has no such signal
     */
    String unit(String signal);

    /**
     * Reads several signals in one request.
     *
     * @param signals some of {@link #signals()}
     * @return one sample per signal, in the same order, without context; a value the device marks
     *     bad comes back with {@code good == false} (and NaN when it sent no number)
     * @throws DeviceException when the device cannot be reached or sends something that is no number
     */
    List<Sample> read(List<String> signals) throws DeviceException;

    /**
     * Writes one value and waits until the device has accepted it.
     *
     * @param signal one of {@link #writable()}
     * @param value  the value in {@link #unit(String)}
     * @throws DeviceException when the device refuses it, or its type cannot hold it (a flag takes
     *                         0 or 1, an integer register a whole number)
     */
    void write(String signal, double value) throws DeviceException;
}
