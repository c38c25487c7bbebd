package org.testbench.protocols.modbus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ModbusAddressTest {

    @ParameterizedTest
    @CsvSource({
            "holding:0:int16,        HOLDING,  0,     INT16,   BIG,    1",
            "holding:6:float32,      HOLDING,  6,     FLOAT32, BIG,    2",
            "holding:8:float32:little, HOLDING, 8,    FLOAT32, LITTLE, 2",
            "input:65535:uint16,     INPUT,    65535, UINT16,  BIG,    1",
            "input:10:float64:big,   INPUT,    10,    FLOAT64, BIG,    4",
            "holding:65534:int32,    HOLDING,  65534, INT32,   BIG,    2",
            "holding:2:int32:little, HOLDING,  2,     INT32,   LITTLE, 2",
            "holding:4:uint32,       HOLDING,  4,     UINT32,  BIG,    2",
            "coil:3:bool,            COIL,     3,     BOOL,    BIG,    1",
            "discrete:65535:bool,    DISCRETE, 65535, BOOL,    BIG,    1",
    })
    void parsesEveryTableTypeAndWordOrder(String text, ModbusTable table, int register, ModbusType type,
            WordOrder order, int width) {
        ModbusAddress address = ModbusAddress.parse(text);

        assertThat(address).isEqualTo(new ModbusAddress(text, table, register, type, order));
        assertThat(address.width()).isEqualTo(width);
        assertThat(address.end()).isEqualTo(register + width);
    }

    @Test
    void keepsTheTextAsWrittenAndIgnoresSurroundingBlanks() {
        ModbusAddress address = ModbusAddress.parse(" holding:7:int16 ");

        assertThat(address.text()).isEqualTo(" holding:7:int16 ");
        assertThat(address.register()).isEqualTo(7);
    }

    @Test
    void describesTheRegistersItCovers() {
        assertThat(ModbusAddress.parse("holding:14:float64:little").describe()).isEqualTo("holding registers 14-17");
        assertThat(ModbusAddress.parse("input:3:int16").describe()).isEqualTo("input register 3");
        assertThat(ModbusAddress.parse("discrete:9:bool").describe()).isEqualTo("discrete input 9");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "holding:0                 | not 3 or 4 parts",
            "holding:0:float32:big:x   | not 3 or 4 parts",
            "''                        | not 3 or 4 parts",
            "register:0:int16          | unknown table 'register'",
            "Holding:0:int16           | unknown table 'Holding'",
            "holding:-1:int16          | register '-1' is not a number from 0 to 65535",
            "holding:65536:int16       | register '65536' is not a number from 0 to 65535",
            "holding:x:int16           | register 'x' is not a number",
            "holding:0:int64           | unknown type 'int64'",
            "holding:0:bool            | bool is for coil and discrete",
            "coil:0:int16              | coil signals are single bits: their type is bool",
            "discrete:0:uint16         | discrete signals are single bits",
            "holding:0:int16:little    | a word order applies only to 32- and 64-bit types, not int16",
            "coil:0:bool:big           | a word order applies only to 32- and 64-bit types, not bool",
            "holding:0:float32:middle  | unknown word order 'middle'",
            "holding:65535:int32       | int32 at register 65535 runs past the last register 65535",
            "input:65533:float64       | float64 at register 65533 runs past",
    })
    void rejectsMalformedAddressesSayingWhyAndWhatIsAllowed(String text, String reason) {
        assertThatThrownBy(() -> ModbusAddress.parse(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith(reason)
                .hasMessageEndingWith("(" + ModbusAddress.FORMAT + ")");
    }

    @Test
    void formatNamesEveryChoiceAndTheOneBasedPitfall() {
        assertThat(ModbusAddress.FORMAT).contains("holding, input, coil or discrete", "0-based wire address",
                "holding-register:1 is register 0", "int16, uint16, int32, uint32, float32 or float64",
                "big (default) or little");
    }
}
