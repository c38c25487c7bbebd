package org.testbench.rigs.sim.reducer;

import com.digitalpetri.modbus.server.ModbusTcpServer;
import com.digitalpetri.modbus.tcp.server.NettyTcpServerTransport;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.InetSocketAddress;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A simulated precision-reducer bench served over Modbus TCP (digitalpetri modbus-tcp), bound to
 * 127.0.0.1 only, unit id 1. The register map is {@link BenchRegister}; the bundled rig file
 * {@code rigs/sim-reducer.yaml} maps it as the devices input, output, housing and bench.
 *
 * <p>A background tick every {@value #TICK_MS} ms moves simulated time on by the wall-clock time
 * since the last tick times the time scale, then refreshes the measurements. Besides the Modbus
 * interface, {@link #trueReading()} and {@link #model()} let a test compare what a client measured
 * with what really happened and with what the model expects.
 */
public final class SimulatedReducerServer implements AutoCloseable {

    /** The only address the server binds to. */
    public static final String HOST = "127.0.0.1";
    /** Wall-clock period of the simulation's tick. */
    public static final long TICK_MS = 5;

    private static final Logger LOG = LoggerFactory.getLogger(SimulatedReducerServer.class);

    private final ModbusTcpServer server;
    private final ScheduledExecutorService clock;
    private final ReducerBench bench;
    private final ReducerModel model;
    private final int port;

    private SimulatedReducerServer(ModbusTcpServer server, ScheduledExecutorService clock, ReducerBench bench,
            ReducerModel model, int port) {
        this.server = server;
        this.clock = clock;
        this.bench = bench;
        this.model = model;
        this.port = port;
    }

    /**
     * Starts the server and its clock; returns once it accepts connections.
     *
     * @param config the reducer, port, seed and time scale
     * @return the running server
     * @throws IOException when the port cannot be bound, naming the address
     */
    public static SimulatedReducerServer start(SimulatedReducerConfig config) throws IOException {
        ReducerModel model = new ReducerModel(config.params());
        ReducerBench bench = new ReducerBench(model);
        SimulatedClock simulatedClock = new SimulatedClock(bench, config.timeScale(), System::nanoTime);
        BenchModbusServices services = new BenchModbusServices(bench, simulatedClock,
                new NoisySensors(config.params().noise(), config.seed()));
        AtomicReference<Channel> listening = new AtomicReference<>();
        ModbusTcpServer server = ModbusTcpServer.create(NettyTcpServerTransport.create(cfg -> {
            cfg.bindAddress = HOST;
            cfg.port = config.port();
            // With port 0 only the bound channel knows which port it got.
            cfg.bootstrapCustomizer = bootstrap -> bootstrap.handler(new ChannelInboundHandlerAdapter() {
                @Override
                public void handlerAdded(ChannelHandlerContext context) {
                    listening.set(context.channel());
                }
            });
        }), services);
        try {
            server.start();
        } catch (ExecutionException e) {
            throw new IOException("cannot serve the simulated reducer bench on " + HOST + ":" + config.port() + ": "
                    + e.getCause().getMessage(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while binding " + HOST + ":" + config.port());
        }
        int port = ((InetSocketAddress) listening.get().localAddress()).getPort();
        ScheduledExecutorService clock = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "sim-reducer-clock-" + port);
            thread.setDaemon(true);
            return thread;
        });
        clock.scheduleAtFixedRate(() -> tick(bench, simulatedClock, services), TICK_MS, TICK_MS, TimeUnit.MILLISECONDS);
        LOG.info("simulated reducer bench ({}) at modbus-tcp://{}:{}, time scale {}", config.params().name(), HOST,
                port, config.timeScale());
        return new SimulatedReducerServer(server, clock, bench, model, port);
    }

    /** @return the bound TCP port, the chosen one when the configuration asked for 0 */
    public int port() {
        return port;
    }

    /** @return the endpoint as a rig file writes it, e.g. {@code modbus-tcp://127.0.0.1:5020} */
    public String endpoint() {
        return "modbus-tcp://" + HOST + ":" + port;
    }

    /** @return the reducer's model, with the expected value of every characteristic */
    public ReducerModel model() {
        return model;
    }

    /**
     * @return the bench's true state, without sensor noise, as of the last tick or command: the
     *     instant the registers a client reads now were published
     */
    public BenchReading trueReading() {
        return bench.reading();
    }

    /** Stops the clock and the server; clients see the connection drop. Never throws. */
    @Override
    public void close() {
        clock.shutdownNow();
        try {
            server.stop();
        } catch (ExecutionException e) {
            LOG.warn("stopping the simulated reducer bench on port {} failed: {}", port, e.getCause().toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void tick(ReducerBench bench, SimulatedClock clock, BenchModbusServices services) {
        try {
            synchronized (bench) {
                clock.catchUp();
                services.publish();
            }
        } catch (RuntimeException e) {
            // An exception would cancel the schedule silently and freeze simulated time.
            LOG.error("simulated reducer bench tick failed", e);
        }
    }
}
