package vn.election.testing;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.election.events.Topics;

/**
 * The packaged suite as processes: a fresh broker, the three services' jars, each on its own throwaway
 * database, and the gateway in front of them, all trusting the test-support token issuer. Started once per
 * test run and shared by every test class (each works on elections of its own); stopped when the JVM exits.
 */
public final class PackagedSuite implements AutoCloseable {

    private static final Path ROOT = Path.of(System.getProperty("suite.root", ".."));

    private final LocalKafkaBroker broker;
    private final List<PostgresTestDatabase> databases = new ArrayList<>();
    private final List<ServiceProcess> services = new ArrayList<>();
    private ServiceProcess gateway;

    private PackagedSuite() {
        broker = LocalKafkaBroker.startFresh(List.of(
                Topics.REGISTRY_STRUCTURE,
                Topics.REGISTRY_CANDIDATES,
                Topics.REGISTRY_COMPLAINTS,
                Topics.TALLY_MINUTES,
                Topics.TALLY_RESULTS,
                Topics.AWARDS_DECISIONS));
    }

    private static PackagedSuite shared;

    /** The run's suite, started by the first test class that asks for it. */
    public static synchronized PackagedSuite shared() {
        if (shared == null) {
            shared = start();
            Runtime.getRuntime().addShutdownHook(new Thread(shared::close));
        }
        return shared;
    }

    /** Starts everything; on a failure part way, stops what had started before it fails. */
    private static PackagedSuite start() {
        PackagedSuite suite = new PackagedSuite();
        try {
            ServiceProcess registry = suite.startService("registry-service");
            ServiceProcess tally = suite.startService("tally-service");
            ServiceProcess awards = suite.startService("awards-service");
            suite.gateway = ServiceProcess.start(
                    ROOT,
                    "gateway",
                    Map.of(
                            "gateway.services.registry.url", registry.url(),
                            "gateway.services.tally.url", tally.url(),
                            "gateway.services.awards.url", awards.url(),
                            "mp.jwt.verify.publickey", TestTokens.publicKey(),
                            "mp.jwt.verify.issuer", TestTokens.ISSUER));
            suite.services.add(suite.gateway);
            return suite;
        } catch (RuntimeException e) {
            suite.close();
            throw e;
        }
    }

    /** The gateway's base URL, the one public entry. */
    public String gateway() {
        return gateway.url();
    }

    private ServiceProcess startService(String module) {
        var database = new PostgresTestDatabase();
        databases.add(database);
        Map<String, String> config = new HashMap<>(database.start());
        config.put("kafka.bootstrap.servers", broker.bootstrapServers());
        config.put("mp.jwt.verify.publickey", TestTokens.publicKey());
        config.put("mp.jwt.verify.issuer", TestTokens.ISSUER);
        ServiceProcess service = ServiceProcess.start(ROOT, module, config);
        services.add(service);
        return service;
    }

    @Override
    public void close() {
        services.forEach(ServiceProcess::stop);
        databases.forEach(PostgresTestDatabase::stop);
        broker.close();
    }
}
