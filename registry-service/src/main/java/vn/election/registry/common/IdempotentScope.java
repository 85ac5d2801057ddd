package vn.election.registry.common;

import vn.election.kit.security.Caller;

/**
 * The scope of an {@code Idempotency-Key}: a route's and one caller's. A replay is answered only to the
 * token subject that made the first request, so a key never hands one holder's answer to another, nor
 * lets an answer given inside one jurisdiction be fetched from outside it.
 */
public final class IdempotentScope {

    private IdempotentScope() {}

    public static String of(String route, Caller caller) {
        return route + "@" + caller.actor();
    }
}
