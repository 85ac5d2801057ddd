package vn.election.awards.inbound;

import io.quarkus.test.junit.QuarkusTest;
import vn.election.testing.ElectionDefinedConsumerContract;

/** The awards service learns elections from the registry over the real broker, each event once. */
@QuarkusTest
class RegistryStructureConsumerTest extends ElectionDefinedConsumerContract {}
