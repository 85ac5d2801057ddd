package vn.election.registry.organization;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import vn.election.registry.candidate.Candidate;
import vn.election.registry.candidate.CandidateRepository;
import vn.election.registry.candidate.SeatConflict;
import vn.election.registry.election.Election;

/**
 * An organization as its reader may see it: for officials with the members' personal data, the ORG-2 size warning
 * and each member's ORG-3 conflict (standing as a candidate in the unit the organization serves, with the day to
 * leave it); for everyone else names, roles and workplaces.
 */
@ApplicationScoped
public class OrganizationViews {

    private final CandidateRepository candidates;
    private final OrganizationPlaces places;

    public OrganizationViews(CandidateRepository candidates, OrganizationPlaces places) {
        this.candidates = candidates;
        this.places = places;
    }

    /** The view of the caller: the official one if they read personal data, else the public one. */
    OrganizationView forCaller(Election election, Organization organization) {
        Place place = places.of(election, organization);
        return places.readsPersonalData(organization)
                ? official(election, organization, place)
                : OrganizationView.of(organization, organization.sizeWarnings(election.ruleset(), place.sizeKey()));
    }

    /** The official view: personal data, ORG-2 warnings, ORG-3 conflicts. */
    OrganizationView official(Election election, Organization organization, Place place) {
        List<String> citizenIds = organization.members.stream()
                .map(m -> m.citizenId)
                .filter(Objects::nonNull)
                .toList();
        Map<String, List<SeatConflict>> conflicts = candidates.standingIn(place.candidateUnits(), citizenIds).stream()
                .collect(Collectors.groupingBy(
                        Candidate::citizenId,
                        Collectors.mapping(c -> conflict(election, organization, c), Collectors.toList())));
        return OrganizationView.of(
                organization, organization.sizeWarnings(election.ruleset(), place.sizeKey()), conflicts);
    }

    private static SeatConflict conflict(Election election, Organization organization, Candidate candidate) {
        return SeatConflict.of(
                candidate.id(),
                candidate.electoralUnitId(),
                organization.id,
                organization.name,
                election.officialListLatestDay(candidate.body()));
    }
}
