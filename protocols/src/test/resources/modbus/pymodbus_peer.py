"""An independent Modbus TCP peer for the ModbusChannel integration test (pymodbus 3.0, Debian).

Usage: /usr/bin/python3 pymodbus_peer.py PORT
Binds 127.0.0.1:PORT only and prints "ready 127.0.0.1:PORT" once it accepts connections.

Addresses below are wire addresses (zero_mode). The values are encoded by pymodbus's own
BinaryPayloadBuilder, so the test checks the channel's decoding against another implementation.
Holding registers 100-119 and coils 100-107 are writable; every write to them is mirrored into
input registers 100-119 and discrete inputs 100-107, so the test can see what landed on the peer
through another function code. Registers 22-29 are a hole the peer refuses to read.
"""

import asyncio
import math
import sys

try:
    from pymodbus.constants import Endian
    from pymodbus.datastore import ModbusServerContext, ModbusSlaveContext, ModbusSparseDataBlock
    from pymodbus.payload import BinaryPayloadBuilder
    from pymodbus.server.async_io import ModbusTcpServer
except ImportError as error:
    print(f"pymodbus is not importable by {sys.executable}: {error} "
          "(install the Debian package python3-pymodbus)", file=sys.stderr, flush=True)
    sys.exit(3)


def words(add, value, wordorder=Endian.Big):
    builder = BinaryPayloadBuilder(byteorder=Endian.Big, wordorder=wordorder)
    getattr(builder, add)(value)
    return builder.to_registers()


class MirroredBlock(ModbusSparseDataBlock):
    """A block whose writes also land in another block (holding -> input, coil -> discrete)."""

    def __init__(self, values, mirror):
        super().__init__(values)
        self.mirror = mirror

    def setValues(self, address, values, use_as_default=False):
        super().setValues(address, values, use_as_default)
        self.mirror.setValues(address, values)


def layout():
    input_registers = ModbusSparseDataBlock({
        0: words("add_16bit_int", -5),
        1: words("add_16bit_uint", 65535),
        2: words("add_32bit_float", 0.5, Endian.Little),
        4: words("add_64bit_float", -0.125),
        8: words("add_32bit_int", 2147483647),
        100: [0] * 20,
    })
    holding_registers = MirroredBlock({
        0: words("add_16bit_int", -1234),
        1: words("add_16bit_uint", 54321),
        2: words("add_32bit_int", -123456789),
        4: words("add_32bit_uint", 3000000000),
        6: words("add_32bit_float", 1.5),
        8: words("add_32bit_float", -2.25, Endian.Little),
        10: words("add_64bit_float", math.pi),
        14: words("add_64bit_float", -1234.5678, Endian.Little),
        18: words("add_32bit_int", -2, Endian.Little),
        20: words("add_32bit_uint", 4000000001, Endian.Little),
        30: words("add_32bit_float", 100.25),
        100: [0] * 20,
        1000: words("add_16bit_int", 7),
    }, input_registers)
    discrete_inputs = ModbusSparseDataBlock({
        0: [False, True, True, False, True, False, False, False, True, True],
        100: [False] * 8,
    })
    coils = MirroredBlock({
        0: [True, False, True, True, False, False, True, False, False, True],
        100: [False] * 8,
    }, discrete_inputs)
    slave = ModbusSlaveContext(di=discrete_inputs, co=coils, hr=holding_registers, ir=input_registers,
                               zero_mode=True)
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


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: pymodbus_peer.py PORT")
    asyncio.run(serve(int(sys.argv[1])))
