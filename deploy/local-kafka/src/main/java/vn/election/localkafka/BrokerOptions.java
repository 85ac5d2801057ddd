package vn.election.localkafka;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/** Command-line options of {@link BrokerLauncher}. */
record BrokerOptions(
        Path dataDir, int port, int controllerPort, int partitions, List<String> topics, boolean exitWhenStdinCloses) {

    static BrokerOptions parse(String[] args) {
        Path dataDir = null;
        int port = 9092;
        int controllerPort = 9093;
        int partitions = 3;
        List<String> topics = List.of();
        boolean exitWhenStdinCloses = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--data-dir" -> dataDir = Path.of(args[++i]);
                case "--port" -> port = Integer.parseInt(args[++i]);
                case "--controller-port" -> controllerPort = Integer.parseInt(args[++i]);
                case "--partitions" -> partitions = Integer.parseInt(args[++i]);
                case "--topics" ->
                    topics = Arrays.stream(args[++i].split(","))
                            .map(String::strip)
                            .filter(t -> !t.isEmpty())
                            .toList();
                case "--exit-when-stdin-closes" -> exitWhenStdinCloses = true;
                default -> {
                    BrokerLauncher.printUsage(System.err);
                    throw new IllegalArgumentException("unknown option " + args[i]);
                }
            }
        }
        if (dataDir == null) {
            BrokerLauncher.printUsage(System.err);
            throw new IllegalArgumentException("--data-dir is required");
        }
        return new BrokerOptions(dataDir, port, controllerPort, partitions, topics, exitWhenStdinCloses);
    }
}
