package org.testbench.protocols.modbus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Register values computed by hand from the IEEE 754 and two's complement bit patterns. */
class ModbusTypeTest {

    static Stream<Arguments> knownValues() {
        return Stream.of(
                Arguments.of(ModbusType.INT16, WordOrder.BIG, -1234, new int[] {0xFB2E}),
                Arguments.of(ModbusType.INT16, WordOrder.BIG, 32767, new int[] {0x7FFF}),
                Arguments.of(ModbusType.INT16, WordOrder.BIG, -32768, new int[] {0x8000}),
                Arguments.of(ModbusType.UINT16, WordOrder.BIG, 54321, new int[] {0xD431}),
                Arguments.of(ModbusType.UINT16, WordOrder.BIG, 65535, new int[] {0xFFFF}),
                Arguments.of(ModbusType.INT32, WordOrder.BIG, -123456789, new int[] {0xF8A4, 0x32EB}),
                Arguments.of(ModbusType.INT32, WordOrder.LITTLE, -123456789, new int[] {0x32EB, 0xF8A4}),
                Arguments.of(ModbusType.INT32, WordOrder.LITTLE, -2, new int[] {0xFFFE, 0xFFFF}),
                Arguments.of(ModbusType.UINT32, WordOrder.BIG, 3000000000L, new int[] {0xB2D0, 0x5E00}),
                Arguments.of(ModbusType.UINT32, WordOrder.LITTLE, 4000000001L, new int[] {0x2801, 0xEE6B}),
                Arguments.of(ModbusType.UINT32, WordOrder.BIG, 4294967295L, new int[] {0xFFFF, 0xFFFF}),
                Arguments.of(ModbusType.FLOAT32, WordOrder.BIG, 1.5f, new int[] {0x3FC0, 0x0000}),
                Arguments.of(ModbusType.FLOAT32, WordOrder.LITTLE, 1.5f, new int[] {0x0000, 0x3FC0}),
                Arguments.of(ModbusType.FLOAT32, WordOrder.BIG, -2.25f, new int[] {0xC010, 0x0000}),
                Arguments.of(ModbusType.FLOAT32, WordOrder.LITTLE, 100.25f, new int[] {0x8000, 0x42C8}),
                Arguments.of(ModbusType.FLOAT64, WordOrder.BIG, Math.PI, new int[] {0x4009, 0x21FB, 0x5444, 0x2D18}),
                Arguments.of(ModbusType.FLOAT64, WordOrder.LITTLE, Math.PI, new int[] {0x2D18, 0x5444, 0x21FB, 0x4009}),
                Arguments.of(ModbusType.FLOAT64, WordOrder.BIG, -1234.5678, new int[] {0xC093, 0x4A45, 0x6D5C, 0xFAAD}),
                Arguments.of(ModbusType.FLOAT64, WordOrder.LITTLE, -0.125, new int[] {0x0000, 0x0000, 0x0000, 0xBFC0}));
    }

    @ParameterizedTest
    @MethodSource("knownValues")
    void decodesRegistersIntoTheValueWithItsJavaType(ModbusType type, WordOrder order, Object value, int[] registers) {
        int[] block = new int[registers.length + 3];
        System.arraycopy(registers, 0, block, 2, registers.length);

        assertThat(type.decode(block, 2, order)).isEqualTo(value);
    }

    @ParameterizedTest
    @MethodSource("knownValues")
    void encodesTheValueIntoRegistersInWireOrder(ModbusType type, WordOrder order, Object value, int[] registers) {
        assertThat(type.encode(value, order)).containsExactly(registers);
    }

    @Test
    void encodesWholeNumbersGivenAsAnyNumberType() {
        assertThat(ModbusType.INT16.encode(-2.0, WordOrder.BIG)).containsExactly(0xFFFE);
        assertThat(ModbusType.UINT32.encode(3000000000L, WordOrder.BIG)).containsExactly(0xB2D0, 0x5E00);
        assertThat(ModbusType.FLOAT64.encode(3, WordOrder.BIG)).containsExactly(0x4008, 0, 0, 0);
        // 0.1 is not a float: it is written as the nearest one, 0x3DCCCCCD
        assertThat(ModbusType.FLOAT32.encode(0.1, WordOrder.BIG)).containsExactly(0x3DCC, 0xCCCD);
    }

    @Test
    void decodesBitsAsBooleans() {
        int[] bits = {0, 1, 0};

        assertThat(ModbusType.BOOL.decode(bits, 1, WordOrder.BIG)).isEqualTo(true);
        assertThat(ModbusType.BOOL.decode(bits, 2, WordOrder.BIG)).isEqualTo(false);
    }

    @Test
    void refusesValuesTheTypeCannotHold() {
        assertThatThrownBy(() -> ModbusType.INT16.encode(1.5, WordOrder.BIG))
                .hasMessage("cannot write Double 1.5 as int16: expected a whole number from -32768 to 32767");
        assertThatThrownBy(() -> ModbusType.INT16.encode(40000, WordOrder.BIG))
                .hasMessageContaining("Integer 40000 as int16");
        assertThatThrownBy(() -> ModbusType.UINT16.encode(-1, WordOrder.BIG))
                .hasMessageContaining("from 0 to 65535");
        assertThatThrownBy(() -> ModbusType.UINT32.encode(4294967296L, WordOrder.BIG))
                .hasMessageContaining("from 0 to 4294967295");
        assertThatThrownBy(() -> ModbusType.INT32.encode(Double.NaN, WordOrder.BIG))
                .hasMessageContaining("Double NaN as int32");
        assertThatThrownBy(() -> ModbusType.FLOAT32.encode(1e39, WordOrder.BIG))
                .hasMessage("cannot write Double 1.0E39 as float32: out of range");
        assertThatThrownBy(() -> ModbusType.FLOAT64.encode("1.5", WordOrder.BIG))
                .hasMessage("cannot write String 1.5 as float64: expected a number");
        assertThatThrownBy(() -> ModbusType.INT16.encode(true, WordOrder.BIG))
                .hasMessage("cannot write Boolean true as int16: expected a number");
        assertThatThrownBy(() -> ModbusType.BOOL.encode(true, WordOrder.BIG))
                .hasMessage("cannot write Boolean true as bool: bool signals are coils, which take a Boolean");
    }
}
