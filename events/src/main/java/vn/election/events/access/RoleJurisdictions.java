package vn.election.events.access;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import vn.election.events.Rule;

/**
 * Which kind of jurisdiction each role acts in, and whether a token's roles fit its jurisdiction claim: the token
 * contract of docs/architecture.md, checked in this one place by every service and by the gateway.
 *
 * <ul>
 *   <li>D-22: a team acts in its polling area, a board in its electoral unit, a committee in its administrative
 *       unit; only the National Election Council acts in the nation. A missing or unreadable claim fits none of
 *       them.
 *   <li>D-23: a token has one claim, and each of its roles must fit it; groups that are not roles of the suite
 *       grant nothing and are not checked.
 *   <li>D-24: the commendation roles act for an administrative unit or the nation; a partner carries no claim or
 *       the nation's.
 * </ul>
 */
public final class RoleJurisdictions {

    /** Each role of the suite with the kinds of claim it fits, whether it may come without one, and the rule. */
    private enum Fit {
        NEC(Roles.NEC, Rule.D_22, false, Jurisdiction.Kind.NATION),
        COMMITTEE(Roles.COMMITTEE, Rule.D_22, false, Jurisdiction.Kind.ADMINISTRATIVE_UNIT),
        BOARD(Roles.BOARD, Rule.D_22, false, Jurisdiction.Kind.ELECTORAL_UNIT),
        TEAM(Roles.TEAM, Rule.D_22, false, Jurisdiction.Kind.POLLING_AREA),
        AWARDS_OFFICER(
                Roles.AWARDS_OFFICER,
                Rule.D_24,
                false,
                Jurisdiction.Kind.ADMINISTRATIVE_UNIT,
                Jurisdiction.Kind.NATION),
        AWARDS_APPROVER(
                Roles.AWARDS_APPROVER,
                Rule.D_24,
                false,
                Jurisdiction.Kind.ADMINISTRATIVE_UNIT,
                Jurisdiction.Kind.NATION),
        PARTNER(Roles.PARTNER, Rule.D_24, true, Jurisdiction.Kind.NATION);

        private final String role;
        private final Rule rule;
        private final boolean withoutClaim;
        private final Set<Jurisdiction.Kind> kinds;

        Fit(String role, Rule rule, boolean withoutClaim, Jurisdiction.Kind first, Jurisdiction.Kind... more) {
            this.role = role;
            this.rule = rule;
            this.withoutClaim = withoutClaim;
            this.kinds = EnumSet.of(first, more);
        }

        boolean fits(Jurisdiction claim) {
            return kinds.contains(claim.kind());
        }

        /** The claims it fits, as a reader writes them: {@code admin-unit:<code> or nation}. */
        String forms() {
            return Stream.concat(
                            kinds.stream().map(RoleJurisdictions::form), withoutClaim ? Stream.of("none") : Stream.of())
                    .collect(Collectors.joining(" or "));
        }
    }

    /**
     * Why a token's roles and claim do not fit.
     *
     * @param role the first role of the token, in the suite's order, that does not fit
     * @param rule D-22 or D-24 for a token of one role, D-23 for a token of several
     * @param message what the caller reads in the refusal
     */
    public record Misfit(String role, Rule rule, String message) {

        /** The refusal's detail, the same from the gateway and from every service. */
        public String detail() {
            return "the token's roles do not fit its jurisdiction: " + message;
        }
    }

    private RoleJurisdictions() {}

    /**
     * The first of {@code roles} that does not fit {@code claim} (the raw {@code jurisdiction} claim; null when the
     * token has none), or empty when every role of the suite among them fits.
     */
    public static Optional<Misfit> misfit(Collection<String> roles, String claim) {
        List<Fit> held =
                Stream.of(Fit.values()).filter(f -> roles.contains(f.role)).toList();
        boolean absent = claim == null || claim.isBlank();
        Jurisdiction jurisdiction = readable(Jurisdiction.parse(claim));
        return held.stream()
                .filter(fit -> absent ? !fit.withoutClaim : jurisdiction == null || !fit.fits(jurisdiction))
                .findFirst()
                .map(fit -> new Misfit(
                        fit.role,
                        held.size() > 1 ? Rule.D_23 : fit.rule,
                        "the role " + fit.role + " acts with the jurisdiction " + fit.forms() + ", not "
                                + (absent ? "none" : "'" + claim.strip() + "'")
                                + (held.size() > 1 ? "; each role of a token must fit its one jurisdiction" : "")));
    }

    /** The claim when its place can be read (a polling area's or an electoral unit's id is a UUID), else null. */
    private static Jurisdiction readable(Jurisdiction jurisdiction) {
        if (jurisdiction == null
                || !(jurisdiction.kind() == Jurisdiction.Kind.POLLING_AREA
                        || jurisdiction.kind() == Jurisdiction.Kind.ELECTORAL_UNIT)) {
            return jurisdiction;
        }
        try {
            UUID.fromString(jurisdiction.id());
            return jurisdiction;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String form(Jurisdiction.Kind kind) {
        return switch (kind) {
            case NATION -> kind.prefix();
            case ADMINISTRATIVE_UNIT -> kind.prefix() + ":<code>";
            case ELECTORAL_UNIT, POLLING_AREA -> kind.prefix() + ":<uuid>";
        };
    }
}
