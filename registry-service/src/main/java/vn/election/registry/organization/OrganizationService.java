package vn.election.registry.organization;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import vn.election.kit.outbox.Outbox;
import vn.election.kit.problem.ProblemException;
import vn.election.kit.security.Caller;
import vn.election.kit.text.Texts;
import vn.election.registry.candidate.CandidateRepository;
import vn.election.registry.election.Election;
import vn.election.registry.election.ElectionService;

/** Defines election organizations; each and its {@code OrganizationDefined} event commit together (outbox). */
@ApplicationScoped
@Transactional
public class OrganizationService {

    private final OrganizationRepository organizations;
    private final MemberChangeRepository changes;
    private final ElectionService elections;
    private final OrganizationPlaces places;
    private final OrganizationViews views;
    private final CandidateRepository candidates;
    private final Outbox outbox;
    private final Caller caller;
    private final Clock clock;

    public OrganizationService(
            OrganizationRepository organizations,
            MemberChangeRepository changes,
            ElectionService elections,
            OrganizationPlaces places,
            OrganizationViews views,
            CandidateRepository candidates,
            Outbox outbox,
            Caller caller,
            Clock clock) {
        this.organizations = organizations;
        this.changes = changes;
        this.elections = elections;
        this.places = places;
        this.views = views;
        this.candidates = candidates;
        this.outbox = outbox;
        this.caller = caller;
        this.clock = clock;
    }

    public OrganizationView define(UUID electionId, NewOrganization request) {
        Election election = elections.require(electionId);
        Place place = places.of(election, request);
        places.requireFounder(place);
        OffsetDateTime now = OffsetDateTime.now(clock);
        var organization = new Organization(
                UUID.randomUUID(),
                electionId,
                request.kind(),
                Texts.nfc(request.name()),
                place.administrativeUnitCode(),
                request.electoralUnitId(),
                request.pollingAreaId(),
                Boolean.TRUE.equals(request.armedForcesOnly()),
                now,
                caller.actor());
        List<MemberChange> founding = organization.seat(
                request.members().stream().map(OrganizationService::normalized).toList(),
                citizenId -> candidates.standsIn(place.candidateUnits(), citizenId),
                now,
                caller.actor());
        if (organizations.exists(
                electionId,
                request.kind(),
                request.administrativeUnitCode(),
                request.electoralUnitId(),
                request.pollingAreaId())) {
            throw ProblemException.conflict("this " + request.kind() + " exists already (ORG-1: one per place)");
        }
        organizations.persist(organization);
        changes.persist(founding);
        outbox.record(organization.defined());
        return views.official(election, organization, place);
    }

    /**
     * An organization and its members, public; the members' citizen ids, dates of birth and ORG-3 conflicts
     * are for the National Election Council and the committees whose jurisdiction holds the organization's place.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public OrganizationView get(UUID electionId, UUID organizationId) {
        return views.forCaller(elections.require(electionId), require(organizations, electionId, organizationId));
    }

    /** The organization of this election; 404 if there is none. */
    static Organization require(OrganizationRepository organizations, UUID electionId, UUID organizationId) {
        return organizations
                .findByIdOptional(organizationId)
                .filter(o -> o.electionId.equals(electionId))
                .orElseThrow(() -> ProblemException.notFound("organization", organizationId));
    }

    /** A member as the law knows them, names in NFC. */
    static NewOrganization.NewMember normalized(NewOrganization.NewMember m) {
        return new NewOrganization.NewMember(
                m.citizenId(), Texts.nfc(m.fullName()), Texts.nfc(m.role()), m.birthDate(), Texts.nfc(m.workplace()));
    }
}
