package vn.election.registry.pollingarea;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import vn.election.events.Body;
import vn.election.events.Rule;
import vn.election.events.access.Jurisdiction;
import vn.election.events.registry.AdministrativeLevel;
import vn.election.events.registry.PollingAreaDefined;
import vn.election.kit.outbox.Outbox;
import vn.election.kit.problem.Problem;
import vn.election.kit.problem.ProblemException;
import vn.election.kit.security.Caller;
import vn.election.kit.text.Texts;
import vn.election.registry.admin.AdministrativeUnit;
import vn.election.registry.admin.AdministrativeUnitService;
import vn.election.registry.election.Election;
import vn.election.registry.election.ElectionService;
import vn.election.registry.place.Jurisdictions;
import vn.election.registry.unit.ElectoralUnit;
import vn.election.registry.unit.ElectoralUnitRepository;

/** Defines polling areas; each and its {@code PollingAreaDefined} event commit together (outbox). */
@ApplicationScoped
@Transactional
public class PollingAreaService {

    private final PollingAreaRepository areas;
    private final ElectoralUnitRepository units;
    private final ElectionService elections;
    private final AdministrativeUnitService administrativeUnits;
    private final Outbox outbox;
    private final Jurisdictions jurisdictions;
    private final Caller caller;
    private final Clock clock;

    public PollingAreaService(
            PollingAreaRepository areas,
            ElectoralUnitRepository units,
            ElectionService elections,
            AdministrativeUnitService administrativeUnits,
            Outbox outbox,
            Jurisdictions jurisdictions,
            Caller caller,
            Clock clock) {
        this.areas = areas;
        this.units = units;
        this.elections = elections;
        this.administrativeUnits = administrativeUnits;
        this.outbox = outbox;
        this.jurisdictions = jurisdictions;
        this.caller = caller;
        this.clock = clock;
    }

    public PollingAreaView define(UUID electionId, NewPollingArea request) {
        Election election = elections.require(electionId);
        AdministrativeUnit commune = administrativeUnits.require(request.communeCode());
        // PA-3: the commune decides its polling areas; a committee above it may act inside its jurisdiction
        jurisdictions.requireWithin(Jurisdiction.administrativeUnit(commune.code()));
        List<Problem.FieldError> errors = new ArrayList<>();
        if (commune.level() != AdministrativeLevel.COMMUNE) {
            errors.add(Problem.FieldError.of(
                    "communeCode", Rule.PA_3, "a polling area lies in a commune, not a " + commune.level()));
        }
        Map<Body, UUID> unitByBody = unitsPerBody(election, commune, request.electoralUnitIds(), errors);
        if (!errors.isEmpty()) {
            throw ProblemException.ruleViolations(errors);
        }
        if (areas.numberTaken(electionId, commune.code(), request.number())) {
            throw ProblemException.conflict("polling area number " + request.number() + " of commune " + commune.code()
                    + " exists already in this election");
        }
        var area = new PollingArea(
                UUID.randomUUID(),
                electionId,
                request.number(),
                Texts.nfc(request.name()),
                commune.code(),
                Texts.nfc(request.stationAddress()),
                request.remote(),
                request.special(),
                unitByBody,
                OffsetDateTime.now(clock),
                caller.actor());
        areas.persist(area);
        outbox.record(new PollingAreaDefined(
                electionId,
                area.id,
                area.number,
                area.name,
                area.communeCode,
                area.unitByBody(),
                area.remote,
                area.special));
        // PA-1, PA-2 bind on the listed voters, known at finalization; an expected count only warns now
        List<Problem.FieldError> warnings = Optional.ofNullable(request.expectedVoters())
                .flatMap(expected -> area.voterCountProblem("expectedVoters", expected))
                .stream()
                .toList();
        return PollingAreaView.of(area, warnings);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PollingAreaView get(UUID electionId, UUID areaId) {
        return PollingAreaView.of(require(electionId, areaId), List.of());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<PollingAreaView> page(UUID electionId, String communeCode, UUID after, int limit) {
        elections.require(electionId);
        return areas.page(electionId, communeCode, after, limit).stream()
                .map(a -> PollingAreaView.of(a, List.of()))
                .toList();
    }

    /** The polling area of that election, for the other parts of the registry; 404 if there is none. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public PollingArea require(UUID electionId, UUID areaId) {
        return areas.findByIdOptional(areaId)
                .filter(a -> a.electionId.equals(electionId))
                .orElseThrow(() -> ProblemException.notFound("polling area", areaId));
    }

    /** The ids of the election's polling areas in the province: those a province's voter list may name (V-5). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Set<UUID> idsInProvince(UUID electionId, String provinceCode) {
        return areas.idsInProvince(electionId, provinceCode);
    }

    /**
     * PA-4: the area lies in exactly one unit of each body of its election, and each of those units
     * contains its commune.
     */
    private Map<Body, UUID> unitsPerBody(
            Election election, AdministrativeUnit commune, List<UUID> unitIds, List<Problem.FieldError> errors) {
        Map<Body, UUID> unitByBody = new EnumMap<>(Body.class);
        for (int i = 0; i < unitIds.size(); i++) {
            String field = "electoralUnitIds[" + i + "]";
            Optional<ElectoralUnit> found = units.findByIdOptional(unitIds.get(i))
                    .filter(u -> u.electionId().equals(election.id()));
            if (found.isEmpty()) {
                errors.add(Problem.FieldError.of(
                        field, Rule.PA_4, "no electoral unit " + unitIds.get(i) + " in this election"));
                continue;
            }
            ElectoralUnit unit = found.get();
            if (unitByBody.putIfAbsent(unit.body(), unit.id()) != null) {
                errors.add(Problem.FieldError.of(
                        field,
                        Rule.PA_4,
                        "a second " + unit.body() + " unit: a polling area lies in exactly one unit per body"));
            }
            if (!administrativeUnits.require(unit.administrativeUnitCode()).contains(commune)) {
                errors.add(Problem.FieldError.of(
                        field,
                        Rule.PA_4,
                        "unit " + unit.name() + " of " + unit.administrativeUnitCode() + " does not contain commune "
                                + commune.code()));
            }
        }
        election.bodies().stream()
                .filter(body -> !unitByBody.containsKey(body))
                .forEach(body -> errors.add(Problem.FieldError.of(
                        "electoralUnitIds",
                        Rule.PA_4,
                        "no " + body + " unit: a polling area lies in "
                                + "exactly one unit of each body of its election")));
        return unitByBody;
    }
}
