package vn.election.registry.complaint;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.UUID;
import vn.election.events.access.Jurisdiction;
import vn.election.kit.security.Caller;
import vn.election.registry.candidate.CandidateService;
import vn.election.registry.election.Election;
import vn.election.registry.place.Jurisdictions;
import vn.election.registry.unit.ElectoralUnitService;

/**
 * Who may record and settle a complaint (D-34), and who takes each step (D-36). A list's complaint is the business
 * of the body that made the list: a committee whose jurisdiction holds the polling area (V-5), or the National
 * Election Council. A candidate's is that of the committee of the candidate's unit's level, which withdraws
 * candidates, or the council.
 */
@ApplicationScoped
class ComplaintAuthority {

    private final CandidateService candidates;
    private final ElectoralUnitService units;
    private final Jurisdictions jurisdictions;
    private final Caller caller;
    private final Clock clock;

    public ComplaintAuthority(
            CandidateService candidates,
            ElectoralUnitService units,
            Jurisdictions jurisdictions,
            Caller caller,
            Clock clock) {
        this.candidates = candidates;
        this.units = units;
        this.jurisdictions = jurisdictions;
        this.caller = caller;
        this.clock = clock;
    }

    /** 403 unless the caller settles complaints about this polling area's list or this candidate (404: no such). */
    void requireOver(UUID electionId, ComplaintSubject subject, UUID pollingAreaId, UUID candidateId) {
        if (subject == ComplaintSubject.VOTER_LIST) {
            jurisdictions.requireWithin(Jurisdiction.pollingArea(pollingAreaId));
        } else {
            UUID unitId = candidates.unitOf(electionId, candidateId);
            jurisdictions.requireLevelOf(units.require(electionId, unitId).administrativeUnitCode());
        }
    }

    /** The caller taking a step now: the token's subject and organization, and today on the election's clock. */
    Actor now(Election election) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        return new Actor(caller.actor(), caller.organization(), now, election.dateAt(now));
    }
}
