package org.testbench.protocols.modbus;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * One read request: a run of registers (or bits) of one table that serves several signals.
 *
 * @param table   the table read
 * @param start   the first wire address read
 * @param count   how many registers or bits are read, at most {@link ModbusTable#maxReadCount()}
 * @param signals the signals the block serves, by register
 */
record ReadBlock(ModbusTable table, int start, int count, List<ModbusAddress> signals) {

    /**
     * How many unrequested registers (or bits) a block may read to join two signals: reading a few
     * registers more costs far less than another round trip.
     */
    static final int MAX_GAP = 8;

    /**
     * Groups signals into as few blocks as the limits allow: per table, by register, a signal joins
     * the block before it when at most {@code maxGap} addresses lie between them and the block stays
     * within the table's request limit.
     *
     * @param signals the signals to read; duplicates are read once
     * @param maxGap  how many unrequested addresses a block may bridge; 0 joins only adjacent or
     *                overlapping signals
     * @return the blocks, by table and start
     */
    static List<ReadBlock> plan(Collection<ModbusAddress> signals, int maxGap) {
        Map<ModbusTable, List<ModbusAddress>> byTable = new EnumMap<>(ModbusTable.class);
        signals.stream().distinct()
                .sorted(Comparator.comparingInt(ModbusAddress::register).thenComparingInt(ModbusAddress::end))
                .forEach(s -> byTable.computeIfAbsent(s.table(), t -> new ArrayList<>()).add(s));
        List<ReadBlock> blocks = new ArrayList<>();
        byTable.forEach((table, sorted) -> {
            List<ModbusAddress> members = new ArrayList<>();
            int start = 0;
            int end = 0;
            for (ModbusAddress signal : sorted) {
                boolean joins = !members.isEmpty() && signal.register() - end <= maxGap
                        && Math.max(end, signal.end()) - start <= table.maxReadCount();
                if (!joins) {
                    if (!members.isEmpty()) {
                        blocks.add(new ReadBlock(table, start, end - start, List.copyOf(members)));
                        members.clear();
                    }
                    start = signal.register();
                }
                members.add(signal);
                end = Math.max(joins ? end : 0, signal.end());
            }
            blocks.add(new ReadBlock(table, start, end - start, List.copyOf(members)));
        });
        return blocks;
    }

    /** @return whether the block reads addresses no signal asked for */
    boolean bridgesGap() {
        int reached = start;
        for (ModbusAddress signal : signals) {
            if (signal.register() > reached) {
                return true;
            }
            reached = Math.max(reached, signal.end());
        }
        return false;
    }

    /**
     * @param signal one of the block's signals
     * @return where the signal starts in the block's values
     */
    int offset(ModbusAddress signal) {
        return signal.register() - start;
    }

    /** @return e.g. {@code holding registers 0-21}, for messages */
    String describe() {
        return table.describe(start, count);
    }

    /** @return the addresses of the signals, as the caller wrote them, for messages */
    String addresses() {
        return String.join(", ", signals.stream().map(ModbusAddress::text).toList());
    }
}
