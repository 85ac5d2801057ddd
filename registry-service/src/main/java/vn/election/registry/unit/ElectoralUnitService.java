package vn.election.registry.unit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.election.events.Body;
import vn.election.events.Rule;
import vn.election.events.access.Roles;
import vn.election.events.registry.AdministrativeLevel;
import vn.election.events.registry.ElectoralUnitDefined;
import vn.election.kit.outbox.Outbox;
import vn.election.kit.problem.Problem;
import vn.election.kit.problem.ProblemException;
import vn.election.kit.security.Caller;
import vn.election.kit.text.Texts;
import vn.election.registry.admin.AdministrativeUnit;
import vn.election.registry.admin.AdministrativeUnitService;
import vn.election.registry.election.CalendarStep;
import vn.election.registry.election.Election;
import vn.election.registry.election.ElectionService;
import vn.election.registry.place.Jurisdictions;

/** Defines electoral units; each and its {@code ElectoralUnitDefined} event commit together (outbox). */
@ApplicationScoped
@Transactional
public class ElectoralUnitService {

    /** EU-2: at most 3 seats in an NA unit, 5 in a People's Council unit. */
    static final Map<Body, Integer> MAX_SEATS = Map.of(
            Body.NATIONAL_ASSEMBLY, 3, Body.PROVINCIAL_COUNCIL, 5, Body.DISTRICT_COUNCIL, 5, Body.COMMUNE_COUNCIL, 5);

    /** EU-1: NA and provincial units lie in a province; a council's units in that council's own unit. */
    public static final Map<Body, AdministrativeLevel> LEVEL_OF_BODY = Map.of(
            Body.NATIONAL_ASSEMBLY, AdministrativeLevel.PROVINCE,
            Body.PROVINCIAL_COUNCIL, AdministrativeLevel.PROVINCE,
            Body.DISTRICT_COUNCIL, AdministrativeLevel.DISTRICT,
            Body.COMMUNE_COUNCIL, AdministrativeLevel.COMMUNE);

    private final ElectoralUnitRepository units;
    private final ElectionService elections;
    private final AdministrativeUnitService administrativeUnits;
    private final Outbox outbox;
    private final Jurisdictions jurisdictions;
    private final Caller caller;
    private final Clock clock;

    public ElectoralUnitService(
            ElectoralUnitRepository units,
            ElectionService elections,
            AdministrativeUnitService administrativeUnits,
            Outbox outbox,
            Jurisdictions jurisdictions,
            Caller caller,
            Clock clock) {
        this.units = units;
        this.elections = elections;
        this.administrativeUnits = administrativeUnits;
        this.outbox = outbox;
        this.jurisdictions = jurisdictions;
        this.caller = caller;
        this.clock = clock;
    }

    public ElectoralUnitView define(UUID electionId, NewElectoralUnit request) {
        Election election = elections.require(electionId);
        AdministrativeUnit home = administrativeUnits.require(request.administrativeUnitCode());
        // EU-1: the NA's units are fixed by the National Election Council, a People's Council's by the
        // election committee of that council's own administrative unit
        if (request.body() == Body.NATIONAL_ASSEMBLY) {
            jurisdictions.requireRole(
                    "body", Rule.EU_1, "the National Election Council fixes the NA's electoral units", Roles.NEC);
        }
        jurisdictions.requireLevelOf(home.code());
        // EU-1 (D-26): the units are published by their milestone
        election.requireOnTime(CalendarStep.ELECTORAL_UNITS_PUBLISHED, "electionId", OffsetDateTime.now(clock));
        List<Problem.FieldError> errors = new ArrayList<>();
        if (!election.elects(request.body())) {
            errors.add(Problem.FieldError.of("body", Rule.ED_3, "this election does not elect " + request.body()));
        }
        if (request.seats() > MAX_SEATS.get(request.body())) {
            errors.add(Problem.FieldError.of(
                    "seats",
                    Rule.EU_2,
                    "a " + request.body() + " unit has at most " + MAX_SEATS.get(request.body()) + " seats, not "
                            + request.seats()));
        }
        if (home.level() != LEVEL_OF_BODY.get(request.body())) {
            errors.add(Problem.FieldError.of(
                    "administrativeUnitCode",
                    Rule.EU_1,
                    "a " + request.body() + " unit lies in a " + LEVEL_OF_BODY.get(request.body()) + ", not a "
                            + home.level()));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.ruleViolations(errors);
        }
        if (units.numberTaken(electionId, request.body(), home.code(), request.number())) {
            throw ProblemException.conflict(request.body() + " unit number " + request.number() + " of " + home.code()
                    + " exists already in this election");
        }
        var unit = new ElectoralUnit(
                UUID.randomUUID(),
                electionId,
                request.body(),
                request.number(),
                Texts.nfc(request.name()),
                request.seats(),
                home.code(),
                OffsetDateTime.now(clock),
                caller.actor());
        units.persist(unit);
        outbox.record(new ElectoralUnitDefined(
                electionId, unit.id, unit.body, unit.number, unit.name, unit.seats, unit.administrativeUnitCode));
        return ElectoralUnitView.of(unit);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ElectoralUnitView get(UUID electionId, UUID unitId) {
        return ElectoralUnitView.of(require(electionId, unitId));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ElectoralUnitView> page(UUID electionId, String administrativeUnitCode, UUID after, int limit) {
        elections.require(electionId);
        return units.page(electionId, administrativeUnitCode, after, limit).stream()
                .map(ElectoralUnitView::of)
                .toList();
    }

    /** The unit of that election, for the other parts of the registry; 404 if there is none. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ElectoralUnit require(UUID electionId, UUID unitId) {
        return units.findByIdOptional(unitId)
                .filter(u -> u.electionId.equals(electionId))
                .orElseThrow(() -> ProblemException.notFound("electoral unit", unitId));
    }
}
