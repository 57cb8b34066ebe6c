package dev.workgraph.neo4jlocal;

import static org.neo4j.configuration.GraphDatabaseSettings.DEFAULT_DATABASE_NAME;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.io.ByteUnit;
import org.neo4j.logging.Level;
import org.neo4j.logging.log4j.Log4jLogProvider;

/**
 * Runs Neo4j Community embedded with a Bolt connector on 127.0.0.1, for local development and CI.
 *
 * <p>Usage: {@code java -cp target/classes:target/lib/* dev.workgraph.neo4jlocal.Neo4jLocal [homeDir]}.
 * The home directory (store, transaction logs, logs/) comes from the argument, else env
 * {@code NEO4J_LOCAL_DATA}, else {@code <repo>/.data/neo4j}. The Bolt port comes from env
 * {@code NEO4J_BOLT_PORT} (default 7687). Heap size is set by whoever starts the JVM.
 *
 * <p>Prints exactly one line to stdout, {@code neo4j-local ready bolt://127.0.0.1:<port>}, once the
 * default database is available and warmed up ({@link WarmUp}); Neo4j's own logs go to {@code <home>/logs/}.
 * SIGTERM shuts the database down cleanly, so the next start needs no recovery.
 */
public final class Neo4jLocal {
    private static final String HOST = "127.0.0.1";
    private static final long START_TIMEOUT_MS = 120_000;

    private Neo4jLocal() {}

    public static void main(String[] args) throws Exception {
        Path home = resolveHome(args);
        int port = resolvePort();
        Path logsDir = home.resolve("logs");
        Files.createDirectories(logsDir);

        OutputStream userLogStream = new FileOutputStream(logsDir.resolve("neo4j.log").toFile(), true);
        Log4jLogProvider userLog = new Log4jLogProvider(userLogStream, Level.INFO);

        DatabaseManagementService dbms;
        try {
            dbms = new DatabaseManagementServiceBuilder(home)
                    .setUserLogProvider(userLog)
                    .setConfig(BoltConnector.enabled, true)
                    .setConfig(BoltConnector.listen_address, new SocketAddress(HOST, port))
                    .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
                    // Auth is off because the connector only listens on loopback and the store holds
                    // disposable dev/test data; this spares every script a credential to agree on.
                    // Never expose this launcher on a non-loopback address.
                    .setConfig(GraphDatabaseSettings.auth_enabled, false)
                    // dbms.usage_report.enabled: no anonymous usage pings (no outbound network).
                    .setConfig(GraphDatabaseSettings.udc_enabled, false)
                    // Sized for a 2-core / small-heap machine; the page cache is off-heap and only
                    // grows as pages are actually loaded.
                    .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.mebiBytes(512))
                    .setConfig(GraphDatabaseSettings.memory_transaction_global_max_size, ByteUnit.mebiBytes(512))
                    .setConfig(GraphDatabaseSettings.memory_transaction_max_size, ByteUnit.mebiBytes(256))
                    // Keep transaction logs small on disk (defaults preallocate 256 MiB files, kept 2 days).
                    .setConfig(GraphDatabaseSettings.logical_log_rotation_threshold, ByteUnit.mebiBytes(32))
                    .setConfig(GraphDatabaseSettings.keep_logical_logs, "64M size")
                    // Netty's default 5 s quiet period, paid twice, makes every stop take ~10 s after the
                    // stores are already checkpointed; a dev/CI launcher has nothing to drain.
                    .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0)
                    .build();
        } catch (RuntimeException e) {
            System.err.println("neo4j-local failed to start: " + e);
            for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
                System.err.println("  caused by: " + cause);
            }
            userLog.close();
            System.exit(1);
            return;
        }

        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            dbms.shutdown();
            userLog.close();
            System.out.println("neo4j-local stopped");
        }, "neo4j-local-shutdown"));

        if (!dbms.database(DEFAULT_DATABASE_NAME).isAvailable(START_TIMEOUT_MS)) {
            System.err.println("neo4j-local: database '" + DEFAULT_DATABASE_NAME + "' not available after "
                    + START_TIMEOUT_MS / 1000 + " s; see " + logsDir.resolve("debug.log"));
            System.exit(1);
        }
        // "Ready" means a client's first query answers in normal time, not after a cold JVM's first plans.
        long warmUpStarted = System.currentTimeMillis();
        int rounds = WarmUp.run(dbms.database(DEFAULT_DATABASE_NAME));
        System.err.println("neo4j-local: warm-up ran " + rounds + " rounds in " + (System.currentTimeMillis() - warmUpStarted) + " ms");
        System.out.println("neo4j-local ready bolt://" + HOST + ":" + port);

        // Neo4j's worker threads are not guaranteed to keep the JVM alive; park until SIGTERM.
        Thread.currentThread().join();
    }

    private static Path resolveHome(String[] args) throws IOException {
        if (args.length > 0 && !args[0].isBlank()) {
            return Path.of(args[0]).toAbsolutePath();
        }
        String env = System.getenv("NEO4J_LOCAL_DATA");
        if (env != null && !env.isBlank()) {
            return Path.of(env).toAbsolutePath();
        }
        return repoRoot().resolve(".data").resolve("neo4j");
    }

    /** The repo root, found from where this class was loaded: {@code <repo>/tools/neo4j-local/target/classes}. */
    private static Path repoRoot() {
        try {
            Path classes = Path.of(Neo4jLocal.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return classes.getParent().getParent().getParent().getParent();
        } catch (URISyntaxException | NullPointerException | SecurityException e) {
            return Path.of("").toAbsolutePath();
        }
    }

    private static int resolvePort() {
        String env = System.getenv("NEO4J_BOLT_PORT");
        if (env == null || env.isBlank()) {
            return BoltConnector.DEFAULT_PORT;
        }
        try {
            int port = Integer.parseInt(env.trim());
            if (port < 1 || port > 65535) {
                throw new NumberFormatException();
            }
            return port;
        } catch (NumberFormatException e) {
            System.err.println("neo4j-local: NEO4J_BOLT_PORT must be a port number, got '" + env + "'");
            System.exit(2);
            return -1;
        }
    }
}
