package vn.election.tally.announcement;

import java.util.List;
import vn.election.events.Body;
import vn.election.events.access.Jurisdiction;
import vn.election.events.access.Roles;
import vn.election.kit.problem.Problem;
import vn.election.kit.problem.ProblemException;
import vn.election.kit.problem.ProblemType;
import vn.election.kit.security.Caller;

/**
 * The body competent for a body's results (R-2, D-14): the National Election Council for the National Assembly,
 * nation-wide; for a People's Council the election committee of exactly that council's administrative unit (a
 * province's committee does not act for a commune's council), or the council, which may act for any committee.
 *
 * @param body               the elected body
 * @param administrativeUnit the council's administrative unit; null for the National Assembly
 */
public record CompetentBody(Body body, String administrativeUnit) {

    public static CompetentBody of(Body body, String administrativeUnit) {
        return body == Body.NATIONAL_ASSEMBLY
                ? new CompetentBody(body, null)
                : new CompetentBody(body, administrativeUnit);
    }

    /** Where it sits: {@code nation} or the council's administrative unit. */
    public Jurisdiction jurisdiction() {
        return administrativeUnit == null ? Jurisdiction.NATION : Jurisdiction.administrativeUnit(administrativeUnit);
    }

    /**
     * Refuses with 403 a caller that is not this body (D-14): for the NA only the council (role {@code nec}, claim
     * {@code nation}); for a council, a committee or the council (their roles are checked at the route) whose claim
     * is the nation or exactly the council's administrative unit. That a role's claim fits the role is the access
     * rules' concern, not this one's.
     */
    public void require(Caller caller) {
        Jurisdiction holder = caller.jurisdiction();
        boolean council = caller.hasRole(Roles.NEC) && Jurisdiction.NATION.equals(holder);
        boolean committee = administrativeUnit != null
                && (Jurisdiction.NATION.equals(holder) || jurisdiction().equals(holder));
        if (!council && !committee) {
            throw new ProblemException(
                    ProblemType.FORBIDDEN,
                    "the results of " + body + (administrativeUnit == null ? "" : " in " + administrativeUnit)
                            + " are for "
                            + (administrativeUnit == null
                                    ? "the National Election Council"
                                    : "the committee of " + jurisdiction().claim()),
                    List.of(new Problem.FieldError(
                            "jurisdiction",
                            "JURISDICTION",
                            "the competent body acts: the council for the NA, the committee of the council's own "
                                    + "administrative unit for a People's Council (D-14)")));
        }
    }
}
