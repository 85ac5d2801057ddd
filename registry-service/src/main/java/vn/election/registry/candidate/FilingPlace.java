package vn.election.registry.candidate;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.election.events.Body;
import vn.election.events.Rule;
import vn.election.events.access.Roles;
import vn.election.kit.problem.Problem;
import vn.election.kit.security.Caller;
import vn.election.registry.admin.AdministrativeUnit;
import vn.election.registry.admin.AdministrativeUnitService;
import vn.election.registry.unit.ElectoralUnit;

/**
 * C-4: where a dossier is filed. For the NA, a central agency's nominee files at the National Election Council,
 * every other candidate (local nominees, the self-nominated) at the provincial committee; for a People's Council,
 * at the committee of that council's level, and the candidate lives or works regularly inside its administrative
 * unit. Which committee may record a filing at all is the jurisdiction check of the unit's level; the National
 * Election Council, over every committee, may record any filing in their stead (D-30).
 */
@ApplicationScoped
public class FilingPlace {

    private final AdministrativeUnitService administrativeUnits;
    private final Caller caller;

    public FilingPlace(AdministrativeUnitService administrativeUnits, Caller caller) {
        this.administrativeUnits = administrativeUnits;
        this.caller = caller;
    }

    /** The breaches of C-4 of filing {@code dossier} in {@code unit} by the caller; empty if none. */
    List<Problem.FieldError> check(ElectoralUnit unit, NewCandidate dossier) {
        List<Problem.FieldError> errors = new ArrayList<>();
        List<AdministrativeUnit> places = new ArrayList<>();
        place("residenceCode", dossier.residenceCode(), errors).ifPresent(places::add);
        place("workplaceCode", dossier.workplaceCode(), errors).ifPresent(places::add);
        boolean central = Boolean.TRUE.equals(dossier.centralNominee());
        if (unit.body() == Body.NATIONAL_ASSEMBLY) {
            if (central && dossier.nomination() == Candidate.Nomination.SELF_NOMINATED) {
                errors.add(Problem.FieldError.of(
                        "centralNominee",
                        Rule.C_4,
                        "a self-nominated candidate is nobody's central nominee: the dossier goes to the "
                                + "provincial election committee"));
            } else if (central && !caller.hasRole(Roles.NEC)) {
                errors.add(Problem.FieldError.of(
                        "centralNominee",
                        Rule.C_4,
                        "a central agency's nominee files at the National Election Council, not at a committee"));
            }
            return errors;
        }
        if (central) {
            errors.add(Problem.FieldError.of(
                    "centralNominee", Rule.C_4, "only a National Assembly candidate is a central nominee"));
        }
        if (errors.isEmpty()) {
            AdministrativeUnit council = administrativeUnits.require(unit.administrativeUnitCode());
            if (places.stream().noneMatch(council::contains)) {
                errors.add(Problem.FieldError.of(
                        "residenceCode",
                        Rule.C_4,
                        places.isEmpty()
                                ? "a " + unit.body() + " candidate lives or works regularly in " + council.name() + " ("
                                        + council.code() + "): give residenceCode or workplaceCode"
                                : "neither " + codes(places) + " lies in " + council.name() + " (" + council.code()
                                        + "), where a " + unit.body() + " candidate lives or works regularly"));
            }
        }
        return errors;
    }

    /** The administrative unit of {@code code}, if given; an unknown one is an error. */
    private Optional<AdministrativeUnit> place(String field, String code, List<Problem.FieldError> errors) {
        if (code == null) {
            return Optional.empty();
        }
        Optional<AdministrativeUnit> found = administrativeUnits.find(code);
        if (found.isEmpty()) {
            errors.add(new Problem.FieldError(field, "UnknownAdministrativeUnit", "no administrative unit " + code));
        }
        return found;
    }

    private static String codes(List<AdministrativeUnit> places) {
        return String.join(
                " nor ",
                places.stream().map(p -> p.name() + " (" + p.code() + ")").toList());
    }
}
