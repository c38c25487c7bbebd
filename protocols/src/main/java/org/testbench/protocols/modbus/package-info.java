/**
 * The Modbus TCP implementation of {@link org.testbench.protocols.Channel}, on Apache PLC4X plc4j.
 *
 * <p>Endpoints are {@code modbus-tcp://host[:port][?unit-id=N]}: port 502 and unit id 1 by default.
 *
 * <p>An address (the {@code address:} of a signal in a rig file) is
 * {@code <table>:<register>:<type>[:<word-order>]}:
 * <ul>
 *   <li>{@code table}: {@code holding} (holding registers, read-write), {@code input} (input
 *       registers, read-only), {@code coil} (read-write bits) or {@code discrete} (discrete inputs,
 *       read-only bits).</li>
 *   <li>{@code register}: the 0-based address as it goes over the wire, 0 to 65535. Device manuals
 *       and plc4j often count from 1: plc4j's {@code holding-register:1} and a manual's "40001" are
 *       wire register 0, so {@code holding:0:...} here.</li>
 *   <li>{@code type}: {@code bool} (coil and discrete only, and the only type they take),
 *       {@code int16}, {@code uint16} (one register), {@code int32}, {@code uint32},
 *       {@code float32} (two registers) or {@code float64} (four registers); the value starts at
 *       {@code register} and takes the registers after it.</li>
 *   <li>{@code word-order}, for 32- and 64-bit types only: {@code big} (the default: the most
 *       significant register first, at the lowest address) or {@code little} (word-swapped: the
 *       least significant register first). Bytes inside a register are always big-endian.</li>
 * </ul>
 * Examples: {@code holding:6:float32} (1.5 is registers 6 = 0x3FC0, 7 = 0x0000),
 * {@code holding:8:float32:little} (1.5 is 6 = 0x0000, 7 = 0x3FC0), {@code input:0:int16},
 * {@code coil:3:bool}. A malformed address fails the call that uses it with a
 * {@link org.testbench.protocols.ChannelException} that quotes the syntax; parsed addresses are
 * kept, so polling does not parse again.
 *
 * <p>Modbus requests cost a round trip each and a device answers one at a time, so a read groups
 * the requested signals per table into blocks of at most 125 registers (2000 bits), joining
 * signals up to 8 addresses apart (reading a few registers more costs less than another request), and
 * decodes every signal from its block. Modbus carries no timestamps: a value's source time is the
 * time its reply arrived.
 *
 * <p>plc4j 0.13.1 needs several work-arounds (array tags, logging, closing); they are all in
 * {@code ModbusConnection}, the only class that uses plc4j's
 * request API.
 */
package org.testbench.protocols.modbus;
