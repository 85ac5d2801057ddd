package vn.election.awards.campaign;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;
import vn.election.awards.catalogue.Authority;
import vn.election.awards.catalogue.Catalogue;
import vn.election.awards.election.Election;
import vn.election.awards.election.ElectionRepository;
import vn.election.events.Ruleset;
import vn.election.kit.security.Caller;

/** Opens campaigns of commendation. */
@ApplicationScoped
@Transactional
public class CampaignService {

    private final CampaignRepository campaigns;
    private final ElectionRepository elections;
    private final Catalogue catalogue;
    private final IssuerJurisdiction jurisdiction;
    private final Caller caller;
    private final Clock clock;

    public CampaignService(
            CampaignRepository campaigns,
            ElectionRepository elections,
            Catalogue catalogue,
            IssuerJurisdiction jurisdiction,
            Caller caller,
            Clock clock) {
        this.campaigns = campaigns;
        this.elections = elections;
        this.catalogue = catalogue;
        this.jurisdiction = jurisdiction;
        this.caller = caller;
        this.clock = clock;
    }

    public CampaignView open(NewCampaign request) {
        Election election = elections.known(request.electionId(), "electionId");
        Ruleset ruleset = election.ruleset();
        Optional<Authority> authority = catalogue.authority(ruleset, request.authority());
        String scope =
                request.issuerScope() == null ? "" : request.issuerScope().strip();
        if (authority.isPresent() && authority.get().scope().accepts(scope)) {
            jurisdiction.requireActingFor(authority.get().code(), scope);
        }
        Campaign campaign = Campaign.open(
                election,
                authority.orElse(null),
                scope,
                catalogue.forms(ruleset),
                request,
                caller.actor(),
                OffsetDateTime.now(clock));
        campaigns.persist(campaign);
        return CampaignView.of(campaign, ruleset);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public CampaignView get(UUID id) {
        Campaign campaign = campaigns.get(id);
        return CampaignView.of(campaign, elections.findById(campaign.electionId).ruleset());
    }
}
