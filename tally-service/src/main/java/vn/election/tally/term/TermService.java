package vn.election.tally.term;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import vn.election.events.Body;
import vn.election.events.Rule;
import vn.election.events.access.Jurisdiction;
import vn.election.events.tally.ByElectionGround;
import vn.election.kit.outbox.Outbox;
import vn.election.kit.problem.Problem;
import vn.election.kit.problem.ProblemException;
import vn.election.kit.problem.ProblemType;
import vn.election.kit.security.Caller;
import vn.election.tally.election.ElectoralUnit;
import vn.election.tally.election.ElectoralUnitRepository;
import vn.election.tally.election.KnownElection;
import vn.election.tally.election.KnownElectionRepository;

/**
 * The deputies' term (W-7, D-13): vacancies, and by-elections defined only when their conditions hold
 * ({@link ByElectionConditions}). Each is recorded with its event in one transaction.
 */
@ApplicationScoped
@Transactional
public class TermService {

    private final KnownElectionRepository elections;
    private final ElectoralUnitRepository units;
    private final TermQueries queries;
    private final VacancyRepository vacancies;
    private final ByElectionRepository byElections;
    private final Caller caller;
    private final Outbox outbox;
    private final Clock clock;

    TermService(
            KnownElectionRepository elections,
            ElectoralUnitRepository units,
            TermQueries queries,
            VacancyRepository vacancies,
            ByElectionRepository byElections,
            Caller caller,
            Outbox outbox,
            Clock clock) {
        this.elections = elections;
        this.units = units;
        this.queries = queries;
        this.vacancies = vacancies;
        this.byElections = byElections;
        this.caller = caller;
        this.outbox = outbox;
        this.clock = clock;
    }

    /**
     * A deputy elected in a certified unit left (D-13), on a day from election day to today, recorded once, by
     * the council for the NA, by the committee of the council's own level otherwise.
     */
    public VacancyView recordVacancy(UUID electionId, VacancyRequest request) {
        KnownElection election = known(electionId);
        UUID unitId = queries.certifiedUnitOf(electionId, request.candidateId())
                .orElseThrow(() -> ProblemException.ruleViolation(
                        "candidateId",
                        Rule.D_13,
                        "candidate " + request.candidateId() + " is not a deputy elected in a certified unit"));
        ElectoralUnit unit = units.findById(unitId);
        requireCompetent(unit.body(), unit.administrativeUnitCode());
        if (vacancies.recorded(electionId, request.candidateId())) {
            throw ProblemException.conflict("the vacancy of deputy " + request.candidateId() + " is recorded already");
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        LocalDate today = now.atZoneSameInstant(election.zone()).toLocalDate();
        if (request.leftOn().isBefore(election.electionDay())
                || request.leftOn().isAfter(today)) {
            throw ProblemException.ruleViolation(
                    "leftOn",
                    Rule.D_13,
                    "a deputy leaves between election day " + election.electionDay() + " and today " + today);
        }
        Vacancy vacancy =
                new Vacancy(electionId, unitId, unit.body(), request, caller.actor(), caller.organization(), now);
        vacancies.persist(vacancy);
        outbox.record(vacancy.event());
        return vacancy.view();
    }

    /** Defines a by-election whose conditions hold (W-7); refused with W-7 named otherwise. */
    public ByElectionView defineByElection(UUID electionId, ByElectionRequest request) {
        KnownElection election = known(electionId);
        String council = councilOf(request);
        requireCompetent(request.body(), council);
        List<UUID> unitIds = request.unitIds() == null ? List.of() : List.copyOf(request.unitIds());
        requireUnitsOf(electionId, request.body(), council, unitIds);
        long seats;
        long sitting;
        if (request.ground() == ByElectionGround.NEW_ADMINISTRATIVE_UNIT && request.newAdministrativeUnit() != null) {
            seats = request.newAdministrativeUnit().seats();
            sitting = request.newAdministrativeUnit().sitting();
        } else if (request.ground() == ByElectionGround.NEW_ADMINISTRATIVE_UNIT) {
            throw ProblemException.invalid(
                    "newAdministrativeUnit", "REQUIRED", "the new administrative unit's council: seats and sitting");
        } else {
            if (unitIds.isEmpty()) {
                throw ProblemException.invalid("unitIds", "REQUIRED", "the electoral units where it is held");
            }
            TermQueries.Seats figures = queries.seats(electionId, request.body(), council);
            seats = figures.seats();
            sitting = figures.sitting();
        }
        List<Problem.FieldError> failed = ByElectionConditions.check(
                request.body(),
                request.ground(),
                election.ruleset(),
                election.electionDay(),
                request.date(),
                seats,
                sitting);
        if (!failed.isEmpty()) {
            throw ProblemException.ruleViolations(failed);
        }
        ByElection byElection = new ByElection(
                electionId,
                request,
                unitIds,
                seats,
                sitting,
                caller.actor(),
                caller.organization(),
                OffsetDateTime.now(clock));
        byElections.persist(byElection);
        outbox.record(byElection.event());
        return byElection.view();
    }

    public List<VacancyView> vacancies(UUID electionId) {
        known(electionId);
        return vacancies.ofElection(electionId).stream().map(Vacancy::view).toList();
    }

    public VacancyView vacancy(UUID electionId, UUID id) {
        return vacancies
                .findByIdOptional(id)
                .filter(v -> v.electionId.equals(electionId))
                .map(Vacancy::view)
                .orElseThrow(() -> ProblemException.notFound("vacancy", id));
    }

    public ByElectionView byElection(UUID electionId, UUID id) {
        return byElections
                .findByIdOptional(id)
                .filter(b -> b.electionId.equals(electionId))
                .map(ByElection::view)
                .orElseThrow(() -> ProblemException.notFound("by-election", id));
    }

    public List<ByElectionView> byElections(UUID electionId) {
        known(electionId);
        return byElections.ofElection(electionId).stream().map(ByElection::view).toList();
    }

    private KnownElection known(UUID electionId) {
        return elections
                .findByIdOptional(electionId)
                .orElseThrow(() -> ProblemException.notFound("election", electionId));
    }

    /** A council is named by its administrative unit; the NA by none. */
    private static String councilOf(ByElectionRequest request) {
        boolean nationalAssembly = request.body() == Body.NATIONAL_ASSEMBLY;
        String code = request.administrativeUnitCode();
        if (nationalAssembly && code != null) {
            throw ProblemException.invalid(
                    "administrativeUnitCode", "NOT_ALLOWED", "the National Assembly is elected nation-wide");
        }
        if (!nationalAssembly && (code == null || code.isBlank())) {
            throw ProblemException.invalid("administrativeUnitCode", "REQUIRED", "the council's administrative unit");
        }
        return code;
    }

    /** The units named are the body's, of this election, and of the council's administrative unit. */
    private void requireUnitsOf(UUID electionId, Body body, String council, List<UUID> unitIds) {
        List<ElectoralUnit> found = units.ofIds(unitIds).stream()
                .filter(u -> u.electionId().equals(electionId) && u.body() == body)
                .filter(u -> council == null || council.equals(u.administrativeUnitCode()))
                .toList();
        if (found.size() != unitIds.stream().distinct().count()) {
            throw ProblemException.invalid(
                    "unitIds", "UNKNOWN_UNIT", "every unit must be one of this body's units in the election's scope");
        }
    }

    /**
     * D-13: the council acts for the NA; for a council, the committee of that council's own administrative
     * unit (not one above it), or the council.
     */
    private void requireCompetent(Body body, String administrativeUnit) {
        Jurisdiction held = caller.jurisdiction();
        boolean competent = held != null
                && (held.kind() == Jurisdiction.Kind.NATION
                        || (body != Body.NATIONAL_ASSEMBLY
                                && held.equals(Jurisdiction.administrativeUnit(administrativeUnit))));
        if (!competent) {
            throw new ProblemException(
                    ProblemType.FORBIDDEN,
                    (body == Body.NATIONAL_ASSEMBLY
                                    ? "the National Election Council"
                                    : "the committee of " + administrativeUnit)
                            + " acts on this term, not "
                            + (held == null ? "a caller without jurisdiction" : held.claim()),
                    List.of(new Problem.FieldError(
                            "jurisdiction", "JURISDICTION", "D-13: the competent body records the term's changes")));
        }
    }
}
