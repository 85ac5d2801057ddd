package vn.election.localkafka;

import java.nio.file.Path;

/** Command-line options of {@link BrokerLauncher}. */
record BrokerOptions(Path dataDir, int port, int controllerPort, int partitions, boolean exitWhenStdinCloses) {

    static BrokerOptions parse(String[] args) {
        Path dataDir = null;
        int port = 9092;
        int controllerPort = 9093;
        int partitions = 3;
        boolean exitWhenStdinCloses = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--data-dir" -> dataDir = Path.of(args[++i]);
                case "--port" -> port = Integer.parseInt(args[++i]);
                case "--controller-port" -> controllerPort = Integer.parseInt(args[++i]);
                case "--partitions" -> partitions = Integer.parseInt(args[++i]);
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
        return new BrokerOptions(dataDir, port, controllerPort, partitions, exitWhenStdinCloses);
    }
}
