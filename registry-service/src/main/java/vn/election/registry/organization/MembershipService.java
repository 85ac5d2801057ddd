package vn.election.registry.organization;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import vn.election.kit.outbox.Outbox;
import vn.election.kit.security.Caller;
import vn.election.kit.text.Texts;
import vn.election.registry.candidate.CandidateRepository;
import vn.election.registry.election.Election;
import vn.election.registry.election.ElectionService;

/**
 * Changes the members of an election organization after its founding (D-33): the founding body adds a member,
 * withdraws one (at their request, or removing a candidate who sits on the board or team of their own unit, ORG-3)
 * or replaces one by another. Each change is a line of the history with who and when, and commits with its
 * {@code OrganizationMemberChanged} and the organization's new {@code OrganizationDefined} (outbox).
 */
@ApplicationScoped
@Transactional
public class MembershipService {

    private final OrganizationRepository organizations;
    private final MemberChangeRepository changes;
    private final ElectionService elections;
    private final OrganizationPlaces places;
    private final OrganizationViews views;
    private final CandidateRepository candidates;
    private final Outbox outbox;
    private final Caller caller;
    private final Clock clock;

    public MembershipService(
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

    /** Adds a member: 422 if they stand as a candidate where the organization serves (ORG-3), 409 if seated. */
    public OrganizationView add(UUID electionId, UUID organizationId, NewOrganization.NewMember request) {
        Changing it = changing(electionId, organizationId);
        NewOrganization.NewMember member = OrganizationService.normalized(request);
        return it.record(it.organization.add(
                member, standsHere(it.place, member), null, null, OffsetDateTime.now(clock), caller.actor()));
    }

    /** Withdraws a member, with the reason; 404 if no such member. */
    public OrganizationView withdraw(UUID electionId, UUID organizationId, UUID memberId, String reason) {
        Changing it = changing(electionId, organizationId);
        return it.record(
                it.organization.withdraw(memberId, Texts.nfc(reason), OffsetDateTime.now(clock), caller.actor()));
    }

    /** Replaces a member by another: a withdrawal and an addition naming the member replaced. */
    public OrganizationView replace(UUID electionId, UUID organizationId, UUID memberId, MemberReplacement request) {
        Changing it = changing(electionId, organizationId);
        NewOrganization.NewMember member = OrganizationService.normalized(request.replacement());
        String reason = Texts.nfc(request.reason());
        OffsetDateTime now = OffsetDateTime.now(clock);
        MemberChange left = it.organization.withdraw(memberId, reason, now, caller.actor());
        MemberChange joined =
                it.organization.add(member, standsHere(it.place, member), memberId, reason, now, caller.actor());
        return it.record(left, joined);
    }

    /**
     * The membership history, oldest first: public like the members' names; who recorded each line only for
     * those who read the members' personal data.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<MemberChangeView> history(UUID electionId, UUID organizationId) {
        Organization organization = OrganizationService.require(organizations, electionId, organizationId);
        boolean official = places.readsPersonalData(organization);
        return changes.history(organizationId).stream()
                .map(MemberChangeView::of)
                .map(line -> official ? line : line.withoutRecorder())
                .toList();
    }

    private boolean standsHere(Place place, NewOrganization.NewMember member) {
        return candidates.standsIn(place.candidateUnits(), member.citizenId());
    }

    /** The organization to change: 404 if none, 403 unless the caller is its founding body (ORG-1). */
    private Changing changing(UUID electionId, UUID organizationId) {
        Election election = elections.require(electionId);
        Organization organization = OrganizationService.require(organizations, electionId, organizationId);
        Place place = places.of(election, organization);
        places.requireFounder(place);
        return new Changing(election, organization, place);
    }

    /** An organization being changed, where it sits. */
    private final class Changing {
        final Election election;
        final Organization organization;
        final Place place;

        Changing(Election election, Organization organization, Place place) {
            this.election = election;
            this.organization = organization;
            this.place = place;
        }

        /** Keeps the history lines, publishes them and the organization's new state; the official view. */
        OrganizationView record(MemberChange... lines) {
            for (MemberChange line : lines) {
                changes.persist(line);
                outbox.record(line.event(election.id()));
            }
            outbox.record(organization.defined());
            return views.official(election, organization, place);
        }
    }
}
