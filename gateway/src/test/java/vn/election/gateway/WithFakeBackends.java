package vn.election.gateway;

import io.quarkus.test.common.QuarkusTestResource;
import vn.election.testing.JwtTestKeys;

/**
 * Every {@code @QuarkusTest} of this module runs against the same fake backends and trusts the tokens of
 * {@code TestTokens} (the resources are
 * global, so Quarkus starts once for all test classes).
 */
@QuarkusTestResource(FakeBackends.class)
@QuarkusTestResource(JwtTestKeys.class)
public final class WithFakeBackends {
    private WithFakeBackends() {}
}
