package org.testbench.protocols.modbus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class ReadBlockTest {

    @Test
    void joinsAdjacentAndNearSignalsOfOneTableIntoOneBlock() {
        List<ReadBlock> blocks = plan(ReadBlock.MAX_GAP,
                "holding:6:float32", "holding:0:int16", "holding:1:uint16", "holding:10:float64:little");

        assertThat(blocks).extracting(ReadBlock::table, ReadBlock::start, ReadBlock::count)
                .containsExactly(tuple(ModbusTable.HOLDING, 0, 14));
        assertThat(blocks.get(0).signals()).extracting(ModbusAddress::text)
                .containsExactly("holding:0:int16", "holding:1:uint16", "holding:6:float32", "holding:10:float64:little");
        assertThat(blocks.get(0).offset(blocks.get(0).signals().get(3))).isEqualTo(10);
    }

    @Test
    void bridgesAtMostMaxGapUnrequestedRegisters() {
        // holding 2..9 (8 registers) lie between the first two, holding 12..20 (9) between the last two
        List<ReadBlock> blocks = plan(8, "holding:0:int32", "holding:10:int32", "holding:21:int16");

        assertThat(blocks).extracting(ReadBlock::start, ReadBlock::count).containsExactly(tuple(0, 12), tuple(21, 1));
        assertThat(blocks).extracting(ReadBlock::bridgesGap).containsExactly(true, false);
    }

    @Test
    void withoutBridgingJoinsOnlyTouchingOrOverlappingSignals() {
        List<ReadBlock> blocks = plan(0, "input:0:int32", "input:2:int16", "input:1:uint16", "input:4:int16");

        assertThat(blocks).extracting(ReadBlock::start, ReadBlock::count).containsExactly(tuple(0, 3), tuple(4, 1));
        assertThat(blocks).extracting(ReadBlock::bridgesGap).containsExactly(false, false);
    }

    @Test
    void keepsTablesApartInTableOrder() {
        List<ReadBlock> blocks = plan(ReadBlock.MAX_GAP,
                "discrete:0:bool", "coil:0:bool", "input:0:int16", "holding:0:int16", "coil:5:bool");

        assertThat(blocks).extracting(ReadBlock::table, ReadBlock::start, ReadBlock::count).containsExactly(
                tuple(ModbusTable.HOLDING, 0, 1), tuple(ModbusTable.INPUT, 0, 1),
                tuple(ModbusTable.COIL, 0, 6), tuple(ModbusTable.DISCRETE, 0, 1));
    }

    @Test
    void neverReadsMoreThan125Registers() {
        // a float32 every 8 registers: 0, 8, ..., 248; each block may end at most 125 after its start
        String[] chain = Stream.iterate(0, r -> r <= 248, r -> r + 8).map(r -> "holding:" + r + ":float32")
                .toArray(String[]::new);

        List<ReadBlock> blocks = plan(ReadBlock.MAX_GAP, chain);

        assertThat(blocks).extracting(ReadBlock::start, ReadBlock::count)
                .containsExactly(tuple(0, 122), tuple(128, 122));
        assertThat(blocks).allSatisfy(b -> assertThat(b.count()).isLessThanOrEqualTo(125));
        assertThat(blocks.stream().mapToInt(b -> b.signals().size()).sum()).isEqualTo(chain.length);
    }

    @Test
    void fillsABlockToExactly125Registers() {
        // float64 at 0, 12, ..., 108 (8 registers apart), then 120, 121-124 and 125
        List<String> signals = new ArrayList<>(Stream.iterate(0, r -> r <= 108, r -> r + 12)
                .map(r -> "holding:" + r + ":float64").toList());
        signals.addAll(List.of("holding:120:int16", "holding:121:float64", "holding:125:int16"));

        List<ReadBlock> blocks = plan(ReadBlock.MAX_GAP, signals.toArray(String[]::new));

        assertThat(blocks).extracting(ReadBlock::start, ReadBlock::count).containsExactly(tuple(0, 125), tuple(125, 1));
    }

    @Test
    void readsUpTo2000BitsInOneBlock() {
        List<String> coils = new ArrayList<>();
        for (int bit = 0; bit <= 2400; bit += 8) {
            coils.add("coil:" + bit + ":bool");
        }

        List<ReadBlock> blocks = plan(ReadBlock.MAX_GAP, coils.toArray(String[]::new));

        assertThat(blocks).extracting(ReadBlock::start, ReadBlock::count).containsExactly(tuple(0, 1993), tuple(2000, 401));
    }

    @Test
    void readsARepeatedSignalOnce() {
        List<ReadBlock> blocks = plan(ReadBlock.MAX_GAP, "coil:3:bool", "coil:3:bool", "coil:4:bool");

        assertThat(blocks).singleElement().satisfies(b -> {
            assertThat(b.signals()).extracting(ModbusAddress::text).containsExactly("coil:3:bool", "coil:4:bool");
            assertThat(b.describe()).isEqualTo("coils 3-4");
            assertThat(b.addresses()).isEqualTo("coil:3:bool, coil:4:bool");
        });
    }

    @Test
    void plansNothingForNoSignals() {
        assertThat(ReadBlock.plan(List.of(), ReadBlock.MAX_GAP)).isEmpty();
    }

    private static List<ReadBlock> plan(int maxGap, String... addresses) {
        return ReadBlock.plan(Stream.of(addresses).map(ModbusAddress::parse).toList(), maxGap);
    }
}
