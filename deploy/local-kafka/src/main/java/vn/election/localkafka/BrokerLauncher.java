package vn.election.localkafka;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Starts one real Apache Kafka broker in KRaft mode (combined broker and controller) on loopback.
 *
 * <pre>
 * java -cp local-kafka.jar:&lt;broker.classpath&gt; vn.election.localkafka.BrokerLauncher \
 *      --data-dir DIR --port 9092 --controller-port 9093 [--topics a,b] [--exit-when-stdin-closes]
 * </pre>
 *
 * The topics are created as soon as the broker answers, so that consumers started next find them (a
 * consumer subscribed to a missing topic waits for its next metadata refresh, minutes later).
 * The storage is formatted on first start only, so a restart keeps its topics and offsets. With
 * {@code --exit-when-stdin-closes} the broker stops when its parent closes the pipe, which happens
 * when the parent dies in any way, so a killed test run leaves no broker behind.
 */
public final class BrokerLauncher {

    private BrokerLauncher() {}

    public static void main(String[] args) throws Exception {
        BrokerOptions options = BrokerOptions.parse(args);
        Path config = writeConfig(options);
        formatStorageOnce(options, config);
        if (options.exitWhenStdinCloses()) {
            exitWhenStdinCloses();
        }
        if (!options.topics().isEmpty()) {
            TopicCreator.createOnceReady(options);
        }
        kafka.Kafka.main(new String[] {config.toString()});
    }

    static Path writeConfig(BrokerOptions options) throws IOException {
        Files.createDirectories(options.dataDir());
        Path config = options.dataDir().resolve("server.properties");
        String host = "127.0.0.1";
        try (Writer out = Files.newBufferedWriter(config, StandardCharsets.UTF_8)) {
            out.write(String.join(
                    "\n",
                    "process.roles=broker,controller",
                    "node.id=1",
                    "controller.quorum.voters=1@" + host + ":" + options.controllerPort(),
                    "listeners=PLAINTEXT://" + host + ":" + options.port() + ",CONTROLLER://" + host + ":"
                            + options.controllerPort(),
                    "advertised.listeners=PLAINTEXT://" + host + ":" + options.port(),
                    "controller.listener.names=CONTROLLER",
                    "inter.broker.listener.name=PLAINTEXT",
                    "listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT",
                    "log.dirs=" + options.dataDir().resolve("logs").toAbsolutePath(),
                    "num.partitions=" + options.partitions(),
                    // one node: every internal topic must live with a single replica
                    "offsets.topic.replication.factor=1",
                    "offsets.topic.num.partitions=" + options.partitions(),
                    "transaction.state.log.replication.factor=1",
                    "transaction.state.log.min.isr=1",
                    "share.coordinator.state.topic.replication.factor=1",
                    "share.coordinator.state.topic.min.isr=1",
                    "group.initial.rebalance.delay.ms=0",
                    "auto.create.topics.enable=true",
                    ""));
        }
        return config;
    }

    private static void formatStorageOnce(BrokerOptions options, Path config) {
        Path logs = options.dataDir().resolve("logs");
        if (Files.exists(logs.resolve("meta.properties"))) {
            return;
        }
        String clusterId = org.apache.kafka.common.Uuid.randomUuid().toString();
        int exit = kafka.tools.StorageTool.execute(
                new String[] {"format", "-t", clusterId, "-c", config.toString()}, System.out);
        if (exit != 0) {
            throw new IllegalStateException("Formatting the Kafka storage in " + logs + " failed with " + exit);
        }
    }

    private static void exitWhenStdinCloses() {
        Thread watcher = new Thread(
                () -> {
                    try (InputStream in = System.in) {
                        while (in.read() >= 0) {
                            // the parent never writes; we only wait for end-of-stream
                        }
                    } catch (IOException ignored) {
                        // a broken pipe means the same as end-of-stream: the parent is gone
                    }
                    System.exit(0);
                },
                "parent-watch");
        watcher.setDaemon(true);
        watcher.start();
    }

    static void printUsage(PrintStream out) {
        out.println("usage: BrokerLauncher --data-dir DIR [--port 9092] [--controller-port 9093]"
                + " [--partitions 3] [--topics a,b] [--exit-when-stdin-closes]");
    }
}
