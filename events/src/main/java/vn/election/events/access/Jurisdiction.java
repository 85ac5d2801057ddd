package vn.election.events.access;

import java.util.Locale;
import java.util.UUID;

/**
 * Where a token's holder may write (docs/architecture.md), from its {@code jurisdiction} claim:
 * {@code nation}, {@code admin-unit:<official code>}, {@code electoral-unit:<uuid>} or
 * {@code polling-area:<uuid>}.
 *
 * @param kind the kind of place
 * @param id   the place's id (an official code or a UUID); empty for the nation
 */
public record Jurisdiction(Kind kind, String id) {

    public enum Kind {
        NATION("nation"),
        ADMINISTRATIVE_UNIT("admin-unit"),
        ELECTORAL_UNIT("electoral-unit"),
        POLLING_AREA("polling-area");

        private final String prefix;

        Kind(String prefix) {
            this.prefix = prefix;
        }

        public String prefix() {
            return prefix;
        }
    }

    public static final Jurisdiction NATION = new Jurisdiction(Kind.NATION, "");

    public static Jurisdiction administrativeUnit(String code) {
        return new Jurisdiction(Kind.ADMINISTRATIVE_UNIT, code);
    }

    public static Jurisdiction electoralUnit(UUID unit) {
        return new Jurisdiction(Kind.ELECTORAL_UNIT, unit.toString());
    }

    public static Jurisdiction pollingArea(UUID area) {
        return new Jurisdiction(Kind.POLLING_AREA, area.toString());
    }

    /** Reads a claim value; an absent or unreadable claim is no jurisdiction at all (null). */
    public static Jurisdiction parse(String claim) {
        if (claim == null || claim.isBlank()) {
            return null;
        }
        String value = claim.strip();
        if (value.toLowerCase(Locale.ROOT).equals(Kind.NATION.prefix)) {
            return NATION;
        }
        for (Kind kind : Kind.values()) {
            if (value.startsWith(kind.prefix + ":") && value.length() > kind.prefix.length() + 1) {
                return new Jurisdiction(kind, value.substring(kind.prefix.length() + 1));
            }
        }
        return null;
    }

    /** The claim value, as {@link #parse} reads it. */
    public String claim() {
        return kind == Kind.NATION ? kind.prefix : kind.prefix + ":" + id;
    }

    public UUID uuid() {
        return UUID.fromString(id);
    }
}
