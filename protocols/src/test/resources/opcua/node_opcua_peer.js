// An independent OPC UA server (node-opcua) for OpcUaChannelNodeOpcUaIT: another stack's idea of
// the protocol, so the Milo client is not only ever tested against a Milo server.
//
//   node node_opcua_peer.js PORT [PKI_DIR]
//
// Binds 127.0.0.1:PORT only, anonymous, with SecurityPolicy None and Basic256Sha256 (Sign and
// SignAndEncrypt); it accepts any client certificate, so only the client's trust is under test. Prints "node-opcua peer ready on
// opc.tcp://127.0.0.1:PORT/test" once it accepts connections, and stops on SIGTERM or stdin EOF.
// With the environment variables PEER_USERNAME and PEER_PASSWORD set, it refuses anonymous
// sessions and accepts that one user only (the environment, so that the password never shows in
// the process list, as the bench itself reads it).
// Namespace urn:testbench:node-opcua-peer, folder Signals, string NodeIds Signals/<name>:
//   Double, Int32, Boolean, String, DoubleArray  writable, initial 1.5, 7, false, "hello", [1, 2, 3]
//   ReadOnly  Double 42, read-only
//   Ramp      Double, read-only, one more every 100 ms (with the source time of the change)
// Object Calculator (s=Calculator) with the methods s=Calculator/Add (Double a, Double b -> Double
// sum) and s=Calculator/Divide (Double a, Double b -> Double quotient; Bad_InvalidArgument when
// b is 0).
"use strict";

const path = require("path");
const os = require("os");
const opcua = require("node-opcua");

const port = Number(process.argv[2]);
if (!Number.isInteger(port) || port < 1 || port > 65535) {
    console.error("usage: node node_opcua_peer.js PORT [PKI_DIR] (PORT 1..65535, got " + process.argv[2] + ")");
    process.exit(2);
}
// certificates of this peer (node-opcua creates them on first start); outside the repository
const pkiDir = process.argv[3] || path.join(os.tmpdir(), "testbench-node-opcua-pki");
const username = process.env.PEER_USERNAME;
const password = process.env.PEER_PASSWORD;
const withLogin = Boolean(username && password);

async function main() {
    const serverCertificateManager = new opcua.OPCUACertificateManager({
        rootFolder: path.join(pkiDir, "server"),
        automaticallyAcceptUnknownCertificate: true,
    });
    const server = new opcua.OPCUAServer({
        hostname: "127.0.0.1",
        port,
        resourcePath: "/test",
        alternateHostname: [],
        securityPolicies: [opcua.SecurityPolicy.None, opcua.SecurityPolicy.Basic256Sha256],
        securityModes: [opcua.MessageSecurityMode.None, opcua.MessageSecurityMode.Sign,
            opcua.MessageSecurityMode.SignAndEncrypt],
        allowAnonymous: !withLogin,
        userManager: withLogin ? {
            isValidUser: (user, secret) => user === username && secret === password,
        } : undefined,
        serverCertificateManager,
        buildInfo: { productName: "testbench node-opcua peer" },
    });
    await server.initialize();
    // bind the loopback only, never all interfaces
    for (const endpoint of server.endpoints) {
        endpoint.host = "127.0.0.1";
    }

    const ns = server.engine.addressSpace.registerNamespace("urn:testbench:node-opcua-peer");
    const folder = ns.addFolder(server.engine.addressSpace.rootFolder.objects, {
        nodeId: "s=Signals", browseName: "Signals",
    });
    const variable = (name, dataType, value, writable, valueRank) => ns.addVariable({
        componentOf: undefined,
        organizedBy: folder,
        nodeId: "s=Signals/" + name,
        browseName: name,
        dataType,
        valueRank: valueRank === undefined ? -1 : valueRank,
        arrayDimensions: valueRank === 1 ? [0] : undefined,
        minimumSamplingInterval: 10,
        accessLevel: writable ? "CurrentRead | CurrentWrite" : "CurrentRead",
        userAccessLevel: writable ? "CurrentRead | CurrentWrite" : "CurrentRead",
        value: new opcua.Variant({ dataType: opcua.DataType[dataType], value,
            arrayType: valueRank === 1 ? opcua.VariantArrayType.Array : undefined }),
    });
    variable("Double", "Double", 1.5, true);
    variable("Int32", "Int32", 7, true);
    variable("Boolean", "Boolean", false, true);
    variable("String", "String", "hello", true);
    variable("DoubleArray", "Double", new Float64Array([1, 2, 3]), true, 1);
    variable("ReadOnly", "Double", 42.0, false);
    const ramp = variable("Ramp", "Double", 0.0, false);
    let step = 0;
    const timer = setInterval(() => {
        step += 1;
        ramp.setValueFromSource(new opcua.Variant({ dataType: opcua.DataType.Double, value: step }),
            opcua.StatusCodes.Good, new Date());
    }, 100);

    const calculator = ns.addObject({
        organizedBy: server.engine.addressSpace.rootFolder.objects, nodeId: "s=Calculator", browseName: "Calculator",
    });
    const method = (name, output, compute) => {
        const m = ns.addMethod(calculator, {
            nodeId: "s=Calculator/" + name,
            browseName: name,
            inputArguments: [
                { name: "a", dataType: opcua.DataType.Double, valueRank: -1 },
                { name: "b", dataType: opcua.DataType.Double, valueRank: -1 },
            ],
            outputArguments: [{ name: output, dataType: opcua.DataType.Double, valueRank: -1 }],
        });
        m.bindMethod((inputArguments, context, callback) => {
            const value = compute(inputArguments[0].value, inputArguments[1].value);
            if (value === undefined) {
                callback(null, { statusCode: opcua.StatusCodes.BadInvalidArgument });
                return;
            }
            callback(null, { statusCode: opcua.StatusCodes.Good,
                outputArguments: [{ dataType: opcua.DataType.Double, value }] });
        });
    };
    method("Add", "sum", (a, b) => a + b);
    method("Divide", "quotient", (a, b) => (b === 0 ? undefined : a / b));

    await server.start();
    console.log("node-opcua peer ready on opc.tcp://127.0.0.1:" + port + "/test");

    let stopping = false;
    const stop = async () => {
        if (stopping) {
            return;
        }
        stopping = true;
        clearInterval(timer);
        await server.shutdown(0);
        process.exit(0);
    };
    process.on("SIGTERM", stop);
    process.on("SIGINT", stop);
    process.stdin.on("end", stop);
    process.stdin.resume();
}

main().catch((error) => {
    console.error("node-opcua peer failed on 127.0.0.1:" + port + ": " + (error && error.stack || error));
    process.exit(1);
});
