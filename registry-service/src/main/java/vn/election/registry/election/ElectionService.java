package vn.election.registry.election;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import vn.election.events.Body;
import vn.election.events.Rule;
import vn.election.events.access.Jurisdiction;
import vn.election.events.registry.ElectionDefined;
import vn.election.kit.outbox.Outbox;
import vn.election.kit.problem.Problem;
import vn.election.kit.problem.ProblemException;
import vn.election.kit.security.Caller;
import vn.election.kit.text.Texts;
import vn.election.registry.place.Jurisdictions;

/** Defines elections. The row and its {@code ElectionDefined} event commit together (outbox). */
@ApplicationScoped
@Transactional
public class ElectionService {

    /** Election-day clocks are Vietnam's. */
    static final String TIME_ZONE = "Asia/Ho_Chi_Minh";

    private final ElectionRepository elections;
    private final Outbox outbox;
    private final Jurisdictions jurisdictions;
    private final Caller caller;
    private final Clock clock;

    public ElectionService(
            ElectionRepository elections, Outbox outbox, Jurisdictions jurisdictions, Caller caller, Clock clock) {
        this.elections = elections;
        this.outbox = outbox;
        this.jurisdictions = jurisdictions;
        this.caller = caller;
        this.clock = clock;
    }

    /** The National Election Council defines elections for the whole nation (ORG-1). */
    public ElectionView define(NewElection request) {
        jurisdictions.requireWithin(Jurisdiction.NATION);
        checkRules(request);
        var election = new Election(
                UUID.randomUUID(),
                Texts.nfc(request.name()),
                request.electionDay(),
                TIME_ZONE,
                request.ruleset(),
                EnumSet.copyOf(request.bodies()),
                request.isDrill(),
                OffsetDateTime.now(clock),
                caller.actor());
        elections.persist(election);
        ElectionView view = ElectionView.of(election);
        outbox.record(new ElectionDefined(
                view.id(),
                view.name(),
                view.electionDay(),
                view.timeZone(),
                view.ruleset(),
                view.bodies(),
                view.drill()));
        return view;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ElectionView get(UUID id) {
        return elections
                .findByIdOptional(id)
                .map(ElectionView::of)
                .orElseThrow(() -> ProblemException.notFound("election", id));
    }

    /** The election, for the other parts of the registry; 404 if there is none. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Election require(UUID id) {
        return elections.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("election", id));
    }

    /** The election, whose voter lists still change (V-9); 404 if there is none, 409 once they are frozen. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Election requireOpenLists(UUID id) {
        Election election = require(id);
        election.requireListsOpenAt(OffsetDateTime.now(clock));
        return election;
    }

    private static void checkRules(NewElection request) {
        List<Problem.FieldError> errors = new ArrayList<>();
        // ED-1: election day is a Sunday
        if (request.electionDay().getDayOfWeek() != DayOfWeek.SUNDAY) {
            errors.add(Problem.FieldError.of(
                    "electionDay",
                    Rule.ED_1,
                    request.electionDay() + " is a " + request.electionDay().getDayOfWeek()
                            + "; election day is a Sunday"));
        }
        // ED-3: one ballot per body of the ruleset; 2026 has no district council
        for (int i = 0; i < request.bodies().size(); i++) {
            Body body = request.bodies().get(i);
            if (!request.ruleset().allows(body)) {
                errors.add(Problem.FieldError.of(
                        "bodies[" + i + "]",
                        Rule.ED_3,
                        body + " is not elected under the " + request.ruleset().code() + " ruleset"));
            } else if (request.bodies().indexOf(body) != i) {
                errors.add(Problem.FieldError.of("bodies[" + i + "]", Rule.ED_3, body + " is listed twice"));
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.ruleViolations(errors);
        }
    }
}
