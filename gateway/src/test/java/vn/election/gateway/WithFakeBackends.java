package vn.election.gateway;

import io.quarkus.test.common.QuarkusTestResource;

/**
 * Every {@code @QuarkusTest} of this module runs against the same fake backends (the resource is
 * global, so Quarkus starts once for all test classes).
 */
@QuarkusTestResource(FakeBackends.class)
public final class WithFakeBackends {
    private WithFakeBackends() {
    }
}
