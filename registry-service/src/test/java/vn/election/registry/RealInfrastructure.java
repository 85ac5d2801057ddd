package vn.election.registry;

import io.quarkus.test.common.QuarkusTestResource;
import vn.election.testing.JwtTestKeys;
import vn.election.testing.KafkaTestBroker;
import vn.election.testing.PostgresTestDatabase;

/**
 * Every test of this module runs against a real PostgreSQL database and a real Kafka broker, one of
 * each for the whole run, and trusts the bearer tokens of {@code TestTokens} (these resources are global, so Quarkus starts once for all test classes).
 */
@QuarkusTestResource(PostgresTestDatabase.class)
@QuarkusTestResource(KafkaTestBroker.class)
@QuarkusTestResource(JwtTestKeys.class)
public final class RealInfrastructure {
    private RealInfrastructure() {}
}
