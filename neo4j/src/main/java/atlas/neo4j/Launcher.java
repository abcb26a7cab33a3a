package atlas.neo4j;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.io.ByteUnit;

/**
 * Starts Neo4j Community embedded with Bolt on 127.0.0.1 and authentication off (loopback only).
 *
 * Usage: Launcher [--port 7687] [--data-dir .data/neo4j] [--page-cache 128m]
 *
 * Prints one line "NEO4J_READY bolt://127.0.0.1:PORT" when Bolt accepts connections. Shuts down
 * cleanly on SIGTERM/SIGINT and when standard input reaches end of file, so a parent that dies
 * without cleaning up never leaves this JVM behind.
 */
public final class Launcher {
    private static final AtomicBoolean stopped = new AtomicBoolean();

    public static void main(String[] args) {
        int port = 7687;
        Path dataDir = Path.of(".data", "neo4j");
        long pageCache = ByteUnit.mebiBytes(128);
        for (int i = 0; i < args.length; i++) {
            String value = i + 1 < args.length ? args[i + 1] : null;
            switch (args[i]) {
                case "--port" -> { port = parsePort(value); i++; }
                case "--data-dir" -> { dataDir = Path.of(require(value, "--data-dir")); i++; }
                case "--page-cache" -> { pageCache = ByteUnit.parse(require(value, "--page-cache")); i++; }
                default -> fail("unknown argument " + args[i] + " (expected --port, --data-dir, --page-cache)");
            }
        }

        // Parent gone (stdin closed) means stop, also while Neo4j is still starting or recovering:
        // the JVM must not outlive the app that started it.
        Thread watcher = new Thread(() -> {
            try (InputStream in = System.in) {
                byte[] buffer = new byte[256];
                while (in.read(buffer) >= 0) { /* ignore input */ }
            } catch (IOException ignored) {
                // treated as end of input
            }
            System.out.println("NEO4J_STOPPING stdin closed");
            System.exit(0); // runs the shutdown hook once Neo4j has started, else ends the start
        }, "stdin-watcher");
        watcher.setDaemon(true);
        watcher.start();

        Path home = dataDir.toAbsolutePath();
        DatabaseManagementService service;
        try {
            service = new DatabaseManagementServiceBuilder(home)
                    .setConfig(BoltConnector.enabled, true)
                    .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
                    .setConfig(BoltConnector.advertised_address, new SocketAddress("127.0.0.1", port))
                    .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
                    .setConfig(HttpConnector.enabled, false)
                    .setConfig(HttpsConnector.enabled, false)
                    .setConfig(GraphDatabaseSettings.auth_enabled, false)
                    .setConfig(GraphDatabaseSettings.pagecache_memory, pageCache)
                    .setConfig(GraphDatabaseSettings.shutdown_transaction_end_timeout, Duration.ofSeconds(2))
                    // Bolt waits 5 s twice by default after the databases have stopped; the app promises
                    // to stop within 10 s, and by then the data is already safely checkpointed.
                    .setConfig(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, Duration.ofMillis(500))
                    .setConfig(BoltConnectorInternalSettings.connection_shutdown_wait_time, Duration.ofMillis(500))
                    .build();
        } catch (RuntimeException e) {
            Throwable root = e;
            while (root.getCause() != null) root = root.getCause();
            System.err.println("NEO4J_FAILED " + root);
            e.printStackTrace();
            System.exit(1);
            return;
        }

        final DatabaseManagementService running = service;
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(running), "neo4j-shutdown"));

        // Touch the default database so that "ready" means it is online, not just that the DBMS exists.
        running.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME).executeTransactionally("RETURN 1");
        System.out.println("NEO4J_READY bolt://127.0.0.1:" + port + " data=" + home);
        System.out.flush();

    }

    private static void stop(DatabaseManagementService service) {
        if (!stopped.compareAndSet(false, true)) return;
        try {
            service.shutdown();
            System.out.println("NEO4J_STOPPED");
        } catch (RuntimeException e) {
            System.err.println("NEO4J_STOP_FAILED " + e);
        }
        System.out.flush();
    }

    private static int parsePort(String value) {
        try {
            int port = Integer.parseInt(require(value, "--port"));
            if (port < 1 || port > 65535) fail("--port must be 1-65535, got " + value);
            return port;
        } catch (NumberFormatException e) {
            fail("--port must be a number, got " + value);
            return -1;
        }
    }

    private static String require(String value, String flag) {
        if (value == null) fail(flag + " needs a value");
        return value;
    }

    private static void fail(String message) {
        System.err.println("NEO4J_FAILED " + message);
        System.exit(2);
    }
}
