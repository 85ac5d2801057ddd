package vn.election.registry.candidate;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import vn.election.events.Rule;
import vn.election.kit.problem.Problem;
import vn.election.kit.problem.ProblemException;
import vn.election.registry.election.Election;

/**
 * ORG-3 from the candidates' side: a standing candidate who sits on the board or team of their own unit. Filing
 * is not refused; the conflict is shown to officials until the candidate leaves the organization (or the
 * founding body removes them), and the unit's official list waits for it (D-31).
 */
@ApplicationScoped
public class SeatConflicts {

    private final OrganizationSeats organizationSeats;

    public SeatConflicts(OrganizationSeats organizationSeats) {
        this.organizationSeats = organizationSeats;
    }

    /** The unresolved conflicts of {@code candidate}; none once they withdrew their candidacy. */
    List<SeatConflict> of(Election election, Candidate candidate) {
        if (!candidate.active()) {
            return List.of();
        }
        return organizationSeats.seatsInUnit(candidate.electoralUnitId, candidate.citizenId).stream()
                .map(seat -> SeatConflict.of(
                        candidate.id,
                        candidate.electoralUnitId,
                        seat.organizationId(),
                        seat.name(),
                        election.officialListLatestDay(candidate.body)))
                .toList();
    }

    /**
     * D-31: 422 naming ORG-3 if one of the unit's standing candidates still sits on its board or team: the
     * official list is published once each has left it or been removed by the founding body.
     */
    void requireNoneBeforePublishing(Election election, List<Candidate> standing) {
        List<Problem.FieldError> errors = new ArrayList<>();
        for (Candidate candidate : standing) {
            for (SeatConflict conflict : of(election, candidate)) {
                errors.add(Problem.FieldError.of(
                        "candidates",
                        Rule.ORG_3,
                        candidate.fullName + " (candidate " + candidate.id + ") still sits on "
                                + conflict.organizationName() + " (organization " + conflict.organizationId()
                                + "): they withdraw from it, or its founding body removes and replaces them, "
                                + "before the official list is published"));
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.ruleViolations(errors);
        }
    }
}
