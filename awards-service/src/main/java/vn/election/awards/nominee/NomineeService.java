package vn.election.awards.nominee;

import static vn.election.kit.text.Texts.nfc;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import vn.election.awards.catalogue.RecipientKind;
import vn.election.awards.election.ElectionRepository;
import vn.election.awards.nominee.NomineeRequests.NewAchievement;
import vn.election.awards.nominee.NomineeRequests.NewNominee;
import vn.election.awards.nominee.NomineeRequests.Page;
import vn.election.events.registry.OrganizationDefined;
import vn.election.kit.problem.Problem;
import vn.election.kit.problem.ProblemException;
import vn.election.kit.problem.ProblemType;
import vn.election.kit.security.Caller;

/** Nominees learned from the registry or entered, their achievements and K-5 restrictions. */
@ApplicationScoped
@Transactional
public class NomineeService {

    private final NomineeRepository nominees;
    private final AchievementRepository achievements;
    private final ElectionRepository elections;
    private final Caller caller;
    private final Clock clock;

    public NomineeService(
            NomineeRepository nominees,
            AchievementRepository achievements,
            ElectionRepository elections,
            Caller caller,
            Clock clock) {
        this.nominees = nominees;
        this.achievements = achievements;
        this.elections = elections;
        this.caller = caller;
        this.clock = clock;
    }

    /**
     * An election organization and its members become nominees under the registry's ids; a later
     * definition replaces names and places (members who left stay: they may already be nominated).
     */
    public void learn(OrganizationDefined event) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        Nominee organization = known(event.organizationId(), event.electionId(), RecipientKind.COLLECTIVE);
        organization.organizationKind = event.kind();
        organization.name = nfc(event.name());
        organization.administrativeUnitCode = event.administrativeUnitCode();
        organization.electoralUnitId = event.electoralUnitId();
        organization.pollingAreaId = event.pollingAreaId();
        save(organization, now);
        for (OrganizationDefined.Member member :
                event.members() == null ? List.<OrganizationDefined.Member>of() : event.members()) {
            Nominee person = known(member.memberId(), event.electionId(), RecipientKind.INDIVIDUAL);
            person.name = nfc(member.fullName());
            person.role = nfc(member.role());
            person.workplace = nfc(member.workplace());
            person.organizationId = event.organizationId();
            save(person, now);
        }
    }

    public NomineeView enter(NewNominee request) {
        UUID electionId = elections.known(request.electionId(), "electionId").id();
        if (request.organizationId() != null) {
            Nominee organization = nominees.referenced(request.organizationId(), "organizationId");
            if (organization.kind != RecipientKind.COLLECTIVE || !organization.electionId.equals(electionId)) {
                throw new ProblemException(
                        ProblemType.VALIDATION,
                        "organizationId is not a collective of this election",
                        List.of(new Problem.FieldError(
                                "organizationId",
                                "NotACollective",
                                "an individual serves in a collective of the same election")));
            }
        }
        Nominee nominee = new Nominee(UUID.randomUUID(), electionId, request.kind(), NomineeSource.ENTERED);
        nominee.name = nfc(request.name());
        nominee.role = nfc(request.role());
        nominee.workplace = nfc(request.workplace());
        nominee.organizationId = request.organizationId();
        nominee.updatedAt = OffsetDateTime.now(clock);
        nominee.enteredBy = caller.actor();
        nominees.persist(nominee);
        return NomineeView.of(nominee, List.of());
    }

    public NomineeView.AchievementView record(UUID nomineeId, NewAchievement request) {
        return NomineeView.AchievementView.of(recordAchievement(nominees.get(nomineeId), request.description()));
    }

    /** Records an achievement on the caller's request (the API, or a suggestion turned into a nomination). */
    public Achievement recordAchievement(Nominee nominee, String description) {
        var achievement = new Achievement(
                UUID.randomUUID(), nominee.id, nfc(description), caller.actor(), OffsetDateTime.now(clock));
        achievements.persist(achievement);
        return achievement;
    }

    public NomineeView restrict(UUID nomineeId, NomineeRequests.Restrictions request) {
        Nominee nominee = nominees.get(nomineeId);
        nominee.restrict(request.restrictions(), caller.actor(), OffsetDateTime.now(clock));
        return NomineeView.of(nominee, achievements.of(nomineeId));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public NomineeView get(UUID id) {
        return NomineeView.of(nominees.get(id), achievements.of(id));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page page(UUID electionId, UUID after, int limit) {
        List<Nominee> page = nominees.page(electionId, after, limit + 1);
        List<NomineeView> items = page.stream()
                .limit(limit)
                .map(n -> NomineeView.of(n, achievements.of(n.id)))
                .toList();
        return new Page(items, page.size() > limit ? items.get(limit - 1).id() : null);
    }

    /** The nominee under the registry's id, or a new one (persisted by {@link #save} once filled in). */
    private Nominee known(UUID id, UUID electionId, RecipientKind kind) {
        return nominees.findByIdOptional(id).orElseGet(() -> new Nominee(id, electionId, kind, NomineeSource.REGISTRY));
    }

    private void save(Nominee nominee, OffsetDateTime now) {
        nominee.updatedAt = now;
        if (!nominees.isPersistent(nominee)) {
            nominees.persist(nominee);
        }
    }
}
