package vn.election.registry.candidate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import vn.election.events.Rule;
import vn.election.events.access.Jurisdiction;
import vn.election.events.registry.CandidateNotRecognized;
import vn.election.kit.outbox.Outbox;
import vn.election.kit.problem.ProblemException;
import vn.election.kit.security.Caller;
import vn.election.kit.text.Texts;
import vn.election.registry.election.Election;
import vn.election.registry.election.ElectionService;
import vn.election.registry.place.Jurisdictions;
import vn.election.registry.unit.ElectoralUnit;
import vn.election.registry.unit.ElectoralUnitService;

/**
 * C-5 found after filing (D-32): a person stands for more People's Council levels than allowed, or for the NA and
 * more than one. The National Election Council records the finding. Before election day the person is struck from
 * every list they stand on (each a withdrawal with the reason, {@code CandidateWithdrawn} where the list was
 * published, so the tally's lists follow); from election day on they stay on the lists the voters saw but are
 * recognized at no level ({@code CandidateNotRecognized}, so the tally leaves them out of the elected).
 */
@ApplicationScoped
@Transactional
public class LevelViolationService {

    private final CandidateRepository candidates;
    private final CandidateListRepository lists;
    private final CandidateService candidateService;
    private final ElectionService elections;
    private final ElectoralUnitService units;
    private final Outbox outbox;
    private final Jurisdictions jurisdictions;
    private final Caller caller;
    private final Clock clock;

    public LevelViolationService(
            CandidateRepository candidates,
            CandidateListRepository lists,
            CandidateService candidateService,
            ElectionService elections,
            ElectoralUnitService units,
            Outbox outbox,
            Jurisdictions jurisdictions,
            Caller caller,
            Clock clock) {
        this.candidates = candidates;
        this.lists = lists;
        this.candidateService = candidateService;
        this.elections = elections;
        this.units = units;
        this.outbox = outbox;
        this.jurisdictions = jurisdictions;
        this.caller = caller;
        this.clock = clock;
    }

    /** Applies the finding to every standing candidacy of the person; 404 if they stand nowhere. */
    public List<CandidateView> record(UUID electionId, LevelViolation violation) {
        jurisdictions.requireWithin(Jurisdiction.NATION);
        Election election = elections.require(electionId);
        candidates.lockFilingsOf(electionId, violation.citizenId());
        List<Candidate> filings = candidates.activeFilings(electionId, violation.citizenId());
        if (filings.isEmpty()) {
            throw ProblemException.notFound("standing candidate with citizen id", violation.citizenId());
        }
        String finding = Texts.nfc(violation.finding());
        OffsetDateTime now = OffsetDateTime.now(clock);
        boolean voted = !now.isBefore(election.electionDayStarts());
        for (Candidate filing : filings) {
            ElectoralUnit unit = units.require(electionId, filing.electoralUnitId);
            if (voted) {
                filing.notRecognize(Rule.C_5.id() + ": " + finding, now, caller.actor());
                if (lists.findById(unit.id()) != null) {
                    outbox.record(new CandidateNotRecognized(electionId, unit.id(), filing.id, Rule.C_5.id(), finding));
                }
            } else {
                candidateService.leaveList(election, unit, filing, Rule.C_5.id() + ": " + finding);
            }
        }
        return filings.stream().map(CandidateView::of).toList();
    }
}
