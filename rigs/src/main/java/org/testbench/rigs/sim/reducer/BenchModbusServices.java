package org.testbench.rigs.sim.reducer;

import com.digitalpetri.modbus.ExceptionCode;
import com.digitalpetri.modbus.FunctionCode;
import com.digitalpetri.modbus.exceptions.ModbusResponseException;
import com.digitalpetri.modbus.exceptions.UnknownUnitIdException;
import com.digitalpetri.modbus.pdu.ReadHoldingRegistersRequest;
import com.digitalpetri.modbus.pdu.ReadHoldingRegistersResponse;
import com.digitalpetri.modbus.pdu.ReadInputRegistersRequest;
import com.digitalpetri.modbus.pdu.ReadInputRegistersResponse;
import com.digitalpetri.modbus.pdu.WriteMultipleRegistersRequest;
import com.digitalpetri.modbus.pdu.WriteMultipleRegistersResponse;
import com.digitalpetri.modbus.pdu.WriteSingleRegisterRequest;
import com.digitalpetri.modbus.pdu.WriteSingleRegisterResponse;
import com.digitalpetri.modbus.server.ModbusRequestContext;
import com.digitalpetri.modbus.server.ModbusServices;
import com.digitalpetri.modbus.server.ProcessImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The bench as a Modbus device (unit id {@value #UNIT_ID}): holding and input registers laid out
 * by {@link BenchRegister}, kept in a digitalpetri {@link ProcessImage}.
 *
 * <p>Like a careful device, it refuses what it does not understand instead of guessing: a read
 * of a register outside the map, or a write that does not cover whole values of the map, gets
 * ILLEGAL_DATA_ADDRESS; a command out of range (an unknown mode, a speed beyond the servo's
 * maximum, a torque beyond the peak) gets ILLEGAL_DATA_VALUE and changes nothing. Every other
 * function (coils, discrete inputs, mask writes) gets ILLEGAL_FUNCTION.
 *
 * <p>A write acts on the bench before the reply is sent, at the simulated instant it arrived, and
 * the measurements are refreshed with it, so a client that reads after its write has succeeded
 * sees the write's effect.
 */
final class BenchModbusServices implements ModbusServices {

    /** The unit id the bench answers to. */
    static final int UNIT_ID = 1;

    private static final Logger LOG = LoggerFactory.getLogger(BenchModbusServices.class);

    private final ProcessImage image = new ProcessImage();
    private final ReducerBench bench;
    private final SimulatedClock clock;
    private final NoisySensors sensors;

    /**
     * @param bench   the bench the registers command and show
     * @param clock   the bench's simulated time, caught up before every command
     * @param sensors the noise its measurements are read with
     */
    BenchModbusServices(ReducerBench bench, SimulatedClock clock, NoisySensors sensors) {
        this.bench = bench;
        this.clock = clock;
        this.sensors = sensors;
        image.with(tx -> tx.writeHoldingRegisters(registers -> {
            for (BenchRegister r : BenchRegister.values()) {
                if (r.table() == BenchRegister.Table.HOLDING) {
                    store(registers, r, r.encode(bench.commanded(r)));
                }
            }
        }));
        publish();
    }

    /** Reads the sensors once and puts the values in the input registers, all in one transaction. */
    void publish() {
        synchronized (bench) {
            BenchReading r = sensors.read(bench.reading());
            double[] values = {r.inputAngleDeg(), r.inputRpm(), r.inputTorqueNm(), r.outputAngleDeg(), r.outputRpm(),
                r.outputTorqueNm(), r.housingC(), r.ambientC(), r.simTimeS()};
            BenchRegister[] registers = {BenchRegister.INPUT_ANGLE, BenchRegister.INPUT_SPEED, BenchRegister.INPUT_TORQUE,
                BenchRegister.OUTPUT_ANGLE, BenchRegister.OUTPUT_SPEED, BenchRegister.OUTPUT_TORQUE,
                BenchRegister.HOUSING_TEMPERATURE, BenchRegister.HOUSING_AMBIENT, BenchRegister.BENCH_SIM_TIME};
            image.with(tx -> tx.writeInputRegisters(map -> {
                for (int i = 0; i < registers.length; i++) {
                    store(map, registers[i], registers[i].encode(values[i]));
                }
            }));
        }
    }

    @Override
    public ReadHoldingRegistersResponse readHoldingRegisters(ModbusRequestContext context, int unitId,
            ReadHoldingRegistersRequest request) throws ModbusResponseException, UnknownUnitIdException {
        checkRead(unitId, FunctionCode.READ_HOLDING_REGISTERS, BenchRegister.Table.HOLDING, request.address(),
                request.quantity());
        return new ReadHoldingRegistersResponse(image.get(tx -> tx.readHoldingRegisters(
                map -> copy(map, request.address(), request.quantity()))));
    }

    @Override
    public ReadInputRegistersResponse readInputRegisters(ModbusRequestContext context, int unitId,
            ReadInputRegistersRequest request) throws ModbusResponseException, UnknownUnitIdException {
        checkRead(unitId, FunctionCode.READ_INPUT_REGISTERS, BenchRegister.Table.INPUT, request.address(),
                request.quantity());
        return new ReadInputRegistersResponse(image.get(tx -> tx.readInputRegisters(
                map -> copy(map, request.address(), request.quantity()))));
    }

    @Override
    public WriteSingleRegisterResponse writeSingleRegister(ModbusRequestContext context, int unitId,
            WriteSingleRegisterRequest request) throws ModbusResponseException, UnknownUnitIdException {
        byte[] bytes = {(byte) (request.value() >> 8), (byte) request.value()};
        write(unitId, FunctionCode.WRITE_SINGLE_REGISTER, request.address(), bytes);
        return new WriteSingleRegisterResponse(request.address(), request.value());
    }

    @Override
    public WriteMultipleRegistersResponse writeMultipleRegisters(ModbusRequestContext context, int unitId,
            WriteMultipleRegistersRequest request) throws ModbusResponseException, UnknownUnitIdException {
        write(unitId, FunctionCode.WRITE_MULTIPLE_REGISTERS, request.address(), request.values());
        return new WriteMultipleRegistersResponse(request.address(), request.quantity());
    }

    private void write(int unitId, FunctionCode function, int address, byte[] bytes)
            throws ModbusResponseException, UnknownUnitIdException {
        checkUnit(unitId);
        List<BenchRegister> targets = new ArrayList<>();
        List<Double> values = new ArrayList<>();
        int end = address + bytes.length / 2;
        for (int at = address; at < end; ) {
            BenchRegister r = BenchRegister.startingAt(BenchRegister.Table.HOLDING, at).orElse(null);
            if (r == null || at + r.type().words() > end) {
                LOG.warn("refused write to holding registers {}-{}: register {} does not start a whole command of the"
                        + " map", address, end - 1, at);
                throw new ModbusResponseException(function, ExceptionCode.ILLEGAL_DATA_ADDRESS);
            }
            targets.add(r);
            values.add(r.decode(bytes, (at - address) * 2));
            at += r.type().words();
        }
        synchronized (bench) {
            try {
                for (int i = 0; i < targets.size(); i++) {
                    bench.check(targets.get(i), values.get(i));
                }
            } catch (IllegalArgumentException e) {
                LOG.warn("refused write to holding registers {}-{}: {}", address, end - 1, e.getMessage());
                throw new ModbusResponseException(function, ExceptionCode.ILLEGAL_DATA_VALUE);
            }
            clock.catchUp();
            for (int i = 0; i < targets.size(); i++) {
                bench.command(targets.get(i), values.get(i));
            }
            image.with(tx -> tx.writeHoldingRegisters(map -> {
                for (int i = 0; i < bytes.length / 2; i++) {
                    map.put(address + i, new byte[] {bytes[2 * i], bytes[2 * i + 1]});
                }
            }));
            publish();
        }
    }

    private static void checkRead(int unitId, FunctionCode function, BenchRegister.Table table, int address,
            int quantity) throws ModbusResponseException, UnknownUnitIdException {
        checkUnit(unitId);
        ModbusServices.checkRegisterRange(function.getCode(), address, quantity);
        for (int at = address; at < address + quantity; at++) {
            if (!BenchRegister.covers(table, at)) {
                LOG.debug("refused read of {} registers {}-{}: register {} is not in the map", table, address,
                        address + quantity - 1, at);
                throw new ModbusResponseException(function, ExceptionCode.ILLEGAL_DATA_ADDRESS);
            }
        }
    }

    private static void checkUnit(int unitId) throws UnknownUnitIdException {
        if (unitId != UNIT_ID) {
            throw new UnknownUnitIdException(unitId);
        }
    }

    private static void store(Map<Integer, byte[]> registers, BenchRegister r, byte[] bytes) {
        for (int i = 0; i < r.type().words(); i++) {
            registers.put(r.address() + i, new byte[] {bytes[2 * i], bytes[2 * i + 1]});
        }
    }

    private static byte[] copy(Map<Integer, byte[]> registers, int address, int quantity) {
        byte[] out = new byte[quantity * 2];
        for (int i = 0; i < quantity; i++) {
            byte[] word = registers.get(address + i);
            out[2 * i] = word[0];
            out[2 * i + 1] = word[1];
        }
        return out;
    }
}
