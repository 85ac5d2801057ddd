package vn.election.tally.results;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import vn.election.events.Body;
import vn.election.events.Rule;
import vn.election.events.access.Jurisdiction;
import vn.election.events.access.Roles;
import vn.election.kit.problem.Problem.FieldError;
import vn.election.kit.problem.ProblemException;
import vn.election.kit.problem.ProblemType;
import vn.election.kit.security.Caller;
import vn.election.tally.election.ElectoralUnit;
import vn.election.tally.election.PlaceTree;

/**
 * Who decides above a unit's board (D-9): whether to hold its second round and when (W-5, W-6), and a tie
 * the law leaves open (W-4, D-6). For an NA unit the National Election Council, on the provincial
 * committee's proposal; for a People's Council unit the election committee of that council's level, that
 * is one whose administrative unit is or contains the unit's.
 */
@ApplicationScoped
public class CompetentBody {

    private final Caller caller;
    private final PlaceTree places;

    public CompetentBody(Caller caller, PlaceTree places) {
        this.caller = caller;
        this.places = places;
    }

    /** Refuses with 403, naming D-9, unless the caller is the competent body for this unit. */
    public void require(ElectoralUnit unit) {
        if (unit.body() == Body.NATIONAL_ASSEMBLY) {
            if (!caller.hasRole(Roles.NEC)) {
                throw forbidden("the National Election Council decides for a National Assembly unit, "
                        + "on the provincial committee's proposal");
            }
            return;
        }
        if (!caller.hasRole(Roles.COMMITTEE)) {
            throw forbidden("the election committee of the council's level decides for a People's Council unit");
        }
        caller.requireWithin(Jurisdiction.electoralUnit(unit.id()), places.hierarchy());
    }

    private static ProblemException forbidden(String message) {
        return new ProblemException(
                ProblemType.FORBIDDEN,
                Rule.D_9.id() + ": " + message,
                List.of(FieldError.of("role", Rule.D_9, message)));
    }
}
