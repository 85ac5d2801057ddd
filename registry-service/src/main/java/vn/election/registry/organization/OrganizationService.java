package vn.election.registry.organization;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import vn.election.events.Body;
import vn.election.events.Rule;
import vn.election.events.access.Jurisdiction;
import vn.election.events.access.Roles;
import vn.election.events.registry.AdministrativeLevel;
import vn.election.events.registry.OrganizationDefined;
import vn.election.events.registry.OrganizationKind;
import vn.election.kit.outbox.Outbox;
import vn.election.kit.problem.Problem;
import vn.election.kit.problem.ProblemException;
import vn.election.kit.security.Caller;
import vn.election.kit.text.Texts;
import vn.election.registry.admin.AdministrativeUnit;
import vn.election.registry.admin.AdministrativeUnitService;
import vn.election.registry.candidate.CandidateRepository;
import vn.election.registry.election.Election;
import vn.election.registry.election.ElectionService;
import vn.election.registry.place.Jurisdictions;
import vn.election.registry.pollingarea.PollingArea;
import vn.election.registry.pollingarea.PollingAreaService;
import vn.election.registry.unit.ElectoralUnit;
import vn.election.registry.unit.ElectoralUnitService;

/** Defines election organizations; each and its {@code OrganizationDefined} event commit together (outbox). */
@ApplicationScoped
@Transactional
public class OrganizationService {

    private final OrganizationRepository organizations;
    private final ElectionService elections;
    private final AdministrativeUnitService administrativeUnits;
    private final ElectoralUnitService units;
    private final PollingAreaService areas;
    private final CandidateRepository candidates;
    private final Outbox outbox;
    private final Jurisdictions jurisdictions;
    private final Caller caller;
    private final Clock clock;

    public OrganizationService(
            OrganizationRepository organizations,
            ElectionService elections,
            AdministrativeUnitService administrativeUnits,
            ElectoralUnitService units,
            PollingAreaService areas,
            CandidateRepository candidates,
            Outbox outbox,
            Jurisdictions jurisdictions,
            Caller caller,
            Clock clock) {
        this.organizations = organizations;
        this.elections = elections;
        this.administrativeUnits = administrativeUnits;
        this.units = units;
        this.areas = areas;
        this.candidates = candidates;
        this.outbox = outbox;
        this.jurisdictions = jurisdictions;
        this.caller = caller;
        this.clock = clock;
    }

    public OrganizationView define(UUID electionId, NewOrganization request) {
        Election election = elections.require(electionId);
        Place place = place(election, request);
        requireFounder(place);
        List<NewOrganization.NewMember> members = request.members().stream()
                .map(m -> new NewOrganization.NewMember(
                        Texts.nfc(m.fullName()), Texts.nfc(m.role()), m.birthDate(), Texts.nfc(m.workplace())))
                .toList();
        var organization = new Organization(
                UUID.randomUUID(),
                electionId,
                request.kind(),
                Texts.nfc(request.name()),
                place.administrativeUnitCode(),
                request.electoralUnitId(),
                request.pollingAreaId(),
                OffsetDateTime.now(clock),
                caller.actor());
        organization.seat(members, m -> candidates.standsIn(place.candidateUnits(), m.fullName(), m.birthDate()));
        if (organizations.exists(
                electionId,
                request.kind(),
                request.administrativeUnitCode(),
                request.electoralUnitId(),
                request.pollingAreaId())) {
            throw ProblemException.conflict("this " + request.kind() + " exists already (ORG-1: one per place)");
        }
        organizations.persist(organization);
        outbox.record(new OrganizationDefined(
                electionId,
                organization.id,
                organization.kind,
                organization.name,
                organization.administrativeUnitCode,
                organization.electoralUnitId,
                organization.pollingAreaId,
                organization.members.stream()
                        .map(m -> new OrganizationDefined.Member(m.memberId, m.fullName, m.role, m.workplace))
                        .toList()));
        return OrganizationView.of(organization, organization.sizeWarnings(election.ruleset(), place.sizeKey()), true);
    }

    /**
     * An organization and its members, public; the members' dates of birth are personal data, shown only to
     * the National Election Council and the committees whose jurisdiction holds the organization's place.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public OrganizationView get(UUID electionId, UUID organizationId) {
        Organization organization = organizations
                .findByIdOptional(organizationId)
                .filter(o -> o.electionId.equals(electionId))
                .orElseThrow(() -> ProblemException.notFound("organization", organizationId));
        boolean official = (caller.hasRole(Roles.NEC) || caller.hasRole(Roles.COMMITTEE))
                && jurisdictions.callerWithin(ownPlace(organization));
        return OrganizationView.of(organization, List.of(), official);
    }

    /**
     * ORG-1: the National Election Council sets up the provinces' committees (and stands alone itself); a
     * committee below a province, a board and a team are set up from the administrative unit above or
     * around them, so a committee does it inside its jurisdiction.
     */
    private void requireFounder(Place place) {
        if (place.founderCode() == null) {
            jurisdictions.requireRole(
                    "kind",
                    Rule.ORG_1,
                    "the National Election Council sets up itself and the provinces' " + "election committees",
                    Roles.NEC);
            jurisdictions.requireWithin(Jurisdiction.NATION);
        } else {
            jurisdictions.requireWithin(Jurisdiction.administrativeUnit(place.founderCode()));
        }
    }

    private static Jurisdiction ownPlace(Organization organization) {
        return switch (organization.kind) {
            case NATIONAL_ELECTION_COUNCIL -> Jurisdiction.NATION;
            case ELECTION_COMMITTEE -> Jurisdiction.administrativeUnit(organization.administrativeUnitCode);
            case ELECTION_BOARD -> Jurisdiction.electoralUnit(organization.electoralUnitId);
            case ELECTION_TEAM -> Jurisdiction.pollingArea(organization.pollingAreaId);
        };
    }

    /**
     * ORG-1: the council stands alone; a committee belongs to a province or commune (a district too where
     * the ruleset has district councils); a board to an electoral unit; a team to a polling area.
     */
    private Place place(Election election, NewOrganization request) {
        OrganizationKind kind = request.kind();
        List<String> required = switch (kind) {
            case NATIONAL_ELECTION_COUNCIL -> List.of();
            case ELECTION_COMMITTEE -> List.of("administrativeUnitCode");
            case ELECTION_BOARD -> List.of("electoralUnitId");
            case ELECTION_TEAM -> List.of("pollingAreaId");
        };
        List<Problem.FieldError> errors = new ArrayList<>();
        checkField(errors, "administrativeUnitCode", request.administrativeUnitCode(), required, kind);
        checkField(errors, "electoralUnitId", request.electoralUnitId(), required, kind);
        checkField(errors, "pollingAreaId", request.pollingAreaId(), required, kind);
        if (!errors.isEmpty()) {
            throw ProblemException.ruleViolations(errors);
        }
        return switch (kind) {
            case NATIONAL_ELECTION_COUNCIL -> new Place(null, kind.name(), List.of(), null);
            case ELECTION_COMMITTEE -> {
                AdministrativeUnit unit = administrativeUnits.require(request.administrativeUnitCode());
                if (unit.level() == AdministrativeLevel.DISTRICT
                        && !election.ruleset().allows(Body.DISTRICT_COUNCIL)) {
                    throw ProblemException.ruleViolation(
                            "administrativeUnitCode",
                            Rule.ORG_1,
                            "the " + election.ruleset().code() + " ruleset has no district level");
                }
                yield new Place(unit.code(), kind + "/" + unit.level(), List.of(), unit.parentCode());
            }
            case ELECTION_BOARD -> {
                ElectoralUnit unit = units.require(election.id(), request.electoralUnitId());
                yield new Place(
                        unit.administrativeUnitCode(),
                        kind + "/" + unit.body(),
                        List.of(unit.id()),
                        unit.administrativeUnitCode());
            }
            case ELECTION_TEAM -> {
                PollingArea area = areas.require(election.id(), request.pollingAreaId());
                yield new Place(
                        area.communeCode(),
                        kind.name(),
                        List.copyOf(area.unitByBody().values()),
                        area.communeCode());
            }
        };
    }

    private static void checkField(
            List<Problem.FieldError> errors, String field, Object value, List<String> required, OrganizationKind kind) {
        if (required.contains(field) && value == null) {
            errors.add(Problem.FieldError.of(field, Rule.ORG_1, "a " + kind + " needs its " + field));
        } else if (!required.contains(field) && value != null) {
            errors.add(Problem.FieldError.of(field, Rule.ORG_1, "a " + kind + " has no " + field));
        }
    }

    /**
     * Where an organization sits.
     *
     * @param administrativeUnitCode its administrative unit (null for the council)
     * @param sizeKey                its key in {@link OrganizationSizes}
     * @param candidateUnits         the electoral units whose candidates may not sit on it (ORG-3)
     * @param founderCode            the administrative unit whose committee sets it up; null for the nation
     */
    private record Place(
            String administrativeUnitCode, String sizeKey, List<UUID> candidateUnits, String founderCode) {}
}
