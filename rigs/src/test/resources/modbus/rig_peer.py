"""An independent Modbus TCP peer for the rig integration test (pymodbus 3.0, Debian), and a
client of pymodbus's own to read back what the bench wrote to it.

Usage:
  /usr/bin/python3 rig_peer.py serve PORT
      Binds 127.0.0.1:PORT only, prints "ready 127.0.0.1:PORT" once it accepts connections.
  /usr/bin/python3 rig_peer.py read PORT ADDRESS...
      Reads each ADDRESS (the bench's syntax, <table>:<register>:<type>[:<word-order>]) with
      pymodbus's client and decoder and prints one line per address: "ADDRESS=VALUE", floats as
      Python's repr (exact), bools as True/False.

The layout (wire addresses, zero_mode) holds every type and word order the bench's address
syntax has, in holding registers (writable) and input registers (read-only), and bits in coils
(writable) and discrete inputs (read-only). Values are encoded by pymodbus's BinaryPayloadBuilder,
so the bench's decoding is checked against another implementation.
"""

import asyncio
import math
import sys

try:
    from pymodbus.client import ModbusTcpClient
    from pymodbus.constants import Endian
    from pymodbus.datastore import ModbusServerContext, ModbusSlaveContext, ModbusSparseDataBlock
    from pymodbus.payload import BinaryPayloadBuilder, BinaryPayloadDecoder
    from pymodbus.server.async_io import ModbusTcpServer
except ImportError as error:
    print(f"pymodbus is not importable by {sys.executable}: {error} "
          "(install the Debian package python3-pymodbus)", file=sys.stderr, flush=True)
    sys.exit(3)

# type -> (pymodbus codec suffix, registers)
TYPES = {
    "int16": ("16bit_int", 1), "uint16": ("16bit_uint", 1),
    "int32": ("32bit_int", 2), "uint32": ("32bit_uint", 2),
    "float32": ("32bit_float", 2), "float64": ("64bit_float", 4),
}
ORDERS = {"big": Endian.Big, "little": Endian.Little}


def words(kind, value, order="big"):
    builder = BinaryPayloadBuilder(byteorder=Endian.Big, wordorder=ORDERS[order])
    getattr(builder, "add_" + TYPES[kind][0])(value)
    return builder.to_registers()


def layout():
    holding = ModbusSparseDataBlock({
        0: words("int16", -1234),
        1: words("uint16", 54321),
        2: words("int32", -123456789),
        4: words("int32", 987654321, "little"),
        6: words("uint32", 3000000000),
        8: words("uint32", 4000000001, "little"),
        10: words("float32", 1.5),
        12: words("float32", -2.25, "little"),
        14: words("float64", math.pi),
        18: words("float64", -1234.5678, "little"),
    })
    inputs = ModbusSparseDataBlock({
        0: words("int16", -5),
        1: words("uint16", 65535),
        2: words("int32", 2147483647),
        4: words("int32", -2147483648, "little"),
        6: words("uint32", 1),
        8: words("uint32", 4294967295, "little"),
        10: words("float32", 0.5),
        12: words("float32", 100.25, "little"),
        14: words("float64", -0.125),
        18: words("float64", 6.02214076e23, "little"),
    })
    coils = ModbusSparseDataBlock({0: [True, False, True, True]})
    discrete = ModbusSparseDataBlock({0: [False, True, True, False]})
    slave = ModbusSlaveContext(di=discrete, co=coils, hr=holding, ir=inputs, zero_mode=True)
    return ModbusServerContext(slaves=slave, single=True)


async def serve(port):
    server = ModbusTcpServer(layout(), address=("127.0.0.1", port), allow_reuse_address=True)
    task = asyncio.create_task(server.serve_forever())
    await asyncio.wait({task, server.serving}, return_when=asyncio.FIRST_COMPLETED)
    if task.done():
        task.result()
        raise SystemExit(f"server on 127.0.0.1:{port} stopped before it was ready")
    print(f"ready 127.0.0.1:{port}", flush=True)
    await task


def read(port, addresses):
    client = ModbusTcpClient("127.0.0.1", port=port)
    if not client.connect():
        raise SystemExit(f"cannot connect to 127.0.0.1:{port}")
    try:
        for address in addresses:
            table, register, kind, *order = address.split(":")
            register = int(register)
            if table in ("coil", "discrete"):
                reply = (client.read_coils if table == "coil" else client.read_discrete_inputs)(register, 1, slave=1)
                value = reply.bits[0]
            else:
                count = TYPES[kind][1]
                reading = client.read_holding_registers if table == "holding" else client.read_input_registers
                reply = reading(register, count, slave=1)
                decoder = BinaryPayloadDecoder.fromRegisters(reply.registers, byteorder=Endian.Big,
                                                             wordorder=ORDERS[order[0] if order else "big"])
                value = getattr(decoder, "decode_" + TYPES[kind][0])()
            print(f"{address}={value!r}", flush=True)
    finally:
        client.close()


if __name__ == "__main__":
    if len(sys.argv) >= 3 and sys.argv[1] == "serve":
        asyncio.run(serve(int(sys.argv[2])))
    elif len(sys.argv) >= 4 and sys.argv[1] == "read":
        read(int(sys.argv[2]), sys.argv[3:])
    else:
        sys.exit("usage: rig_peer.py serve PORT | rig_peer.py read PORT ADDRESS...")
