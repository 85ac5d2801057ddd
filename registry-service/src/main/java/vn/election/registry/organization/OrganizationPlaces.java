package vn.election.registry.organization;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import vn.election.events.Body;
import vn.election.events.Rule;
import vn.election.events.access.Jurisdiction;
import vn.election.events.access.Roles;
import vn.election.events.registry.AdministrativeLevel;
import vn.election.events.registry.OrganizationKind;
import vn.election.kit.problem.Problem;
import vn.election.kit.problem.ProblemException;
import vn.election.kit.security.Caller;
import vn.election.registry.admin.AdministrativeUnit;
import vn.election.registry.admin.AdministrativeUnitService;
import vn.election.registry.election.Election;
import vn.election.registry.place.Jurisdictions;
import vn.election.registry.pollingarea.PollingArea;
import vn.election.registry.pollingarea.PollingAreaService;
import vn.election.registry.unit.ElectoralUnit;
import vn.election.registry.unit.ElectoralUnitService;

/**
 * Where an organization sits (ORG-1), who founds it and who reads its personal data: for a new organization from
 * the request, for an existing one from its own fields.
 */
@ApplicationScoped
public class OrganizationPlaces {

    private final AdministrativeUnitService administrativeUnits;
    private final ElectoralUnitService units;
    private final PollingAreaService areas;
    private final Jurisdictions jurisdictions;
    private final Caller caller;

    public OrganizationPlaces(
            AdministrativeUnitService administrativeUnits,
            ElectoralUnitService units,
            PollingAreaService areas,
            Jurisdictions jurisdictions,
            Caller caller) {
        this.administrativeUnits = administrativeUnits;
        this.units = units;
        this.areas = areas;
        this.jurisdictions = jurisdictions;
        this.caller = caller;
    }

    /**
     * ORG-1: the council stands alone; a committee belongs to a province or commune (a district too where
     * the ruleset has district councils); a board to an electoral unit; a team to a polling area, and only a
     * team may be of an armed-forces unit alone (ORG-2).
     */
    Place of(Election election, NewOrganization request) {
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
        boolean armedForcesOnly = Boolean.TRUE.equals(request.armedForcesOnly());
        if (armedForcesOnly && kind != OrganizationKind.ELECTION_TEAM) {
            errors.add(Problem.FieldError.of(
                    "armedForcesOnly", Rule.ORG_1, "only a team may be of an armed-forces unit alone"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.ruleViolations(errors);
        }
        if (kind == OrganizationKind.ELECTION_COMMITTEE) {
            AdministrativeUnit unit = administrativeUnits.require(request.administrativeUnitCode());
            if (unit.level() == AdministrativeLevel.DISTRICT
                    && !election.ruleset().allows(Body.DISTRICT_COUNCIL)) {
                throw ProblemException.ruleViolation(
                        "administrativeUnitCode",
                        Rule.ORG_1,
                        "the " + election.ruleset().code() + " ruleset has no district level");
            }
        }
        return of(
                election,
                kind,
                request.administrativeUnitCode(),
                request.electoralUnitId(),
                request.pollingAreaId(),
                armedForcesOnly);
    }

    /** Where an existing organization sits. */
    Place of(Election election, Organization o) {
        return of(election, o.kind, o.administrativeUnitCode, o.electoralUnitId, o.pollingAreaId, o.armedForcesOnly);
    }

    private Place of(
            Election election,
            OrganizationKind kind,
            String administrativeUnitCode,
            UUID electoralUnitId,
            UUID pollingAreaId,
            boolean armedForcesOnly) {
        return switch (kind) {
            case NATIONAL_ELECTION_COUNCIL -> new Place(null, kind.name(), List.of(), null);
            case ELECTION_COMMITTEE -> {
                AdministrativeUnit unit = administrativeUnits.require(administrativeUnitCode);
                yield new Place(unit.code(), kind + "/" + unit.level(), List.of(), unit.parentCode());
            }
            case ELECTION_BOARD -> {
                ElectoralUnit unit = units.require(election.id(), electoralUnitId);
                yield new Place(
                        unit.administrativeUnitCode(),
                        kind + "/" + unit.body(),
                        List.of(unit.id()),
                        unit.administrativeUnitCode());
            }
            case ELECTION_TEAM -> {
                PollingArea area = areas.require(election.id(), pollingAreaId);
                yield new Place(
                        area.communeCode(),
                        armedForcesOnly ? kind + "/ARMED_FORCES" : kind.name(),
                        List.copyOf(area.unitByBody().values()),
                        area.communeCode());
            }
        };
    }

    /**
     * ORG-1: the National Election Council sets up the provinces' committees (and stands alone itself); a
     * committee below a province, a board and a team are set up from the administrative unit above or
     * around them, so a committee does it inside its jurisdiction. The founding body also changes the members
     * (D-33).
     */
    void requireFounder(Place place) {
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

    /**
     * Whether the caller reads the members' personal data: the National Election Council and the committees
     * whose jurisdiction holds the organization's place.
     */
    boolean readsPersonalData(Organization organization) {
        return (caller.hasRole(Roles.NEC) || caller.hasRole(Roles.COMMITTEE))
                && jurisdictions.callerWithin(ownPlace(organization));
    }

    private static Jurisdiction ownPlace(Organization organization) {
        return switch (organization.kind) {
            case NATIONAL_ELECTION_COUNCIL -> Jurisdiction.NATION;
            case ELECTION_COMMITTEE -> Jurisdiction.administrativeUnit(organization.administrativeUnitCode);
            case ELECTION_BOARD -> Jurisdiction.electoralUnit(organization.electoralUnitId);
            case ELECTION_TEAM -> Jurisdiction.pollingArea(organization.pollingAreaId);
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
}
