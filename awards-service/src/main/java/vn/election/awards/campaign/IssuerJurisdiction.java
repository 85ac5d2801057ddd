package vn.election.awards.campaign;

import jakarta.enterprise.context.ApplicationScoped;
import vn.election.awards.catalogue.Catalogue;
import vn.election.events.access.Jurisdiction;
import vn.election.events.access.PlaceHierarchy;
import vn.election.kit.security.Caller;

/**
 * Where awards writes have a place (docs/architecture.md): only through a campaign whose issuer is a
 * province's (the provincial chairman, the provincial Party standing committee), which names the province
 * by official code. A token with {@code admin-unit:<code>} acts only on that province's campaigns;
 * {@code nation} acts on all. The campaigns of the Prime Minister, a minister or another issuer without a
 * province in the catalogue have no place, so any awards role may act on them.
 */
@ApplicationScoped
public class IssuerJurisdiction {

    /**
     * This service knows provinces only by their codes, and nothing but the nation contains a province:
     * a holder is inside a province's campaign only with that very province.
     */
    private static final PlaceHierarchy PROVINCES = Jurisdiction::equals;

    private final Catalogue catalogue;
    private final Caller caller;

    public IssuerJurisdiction(Catalogue catalogue, Caller caller) {
        this.catalogue = catalogue;
        this.caller = caller;
    }

    /** 403 unless the caller may act for {@code campaign}'s issuer. */
    public void requireActingFor(Campaign campaign) {
        requireActingFor(campaign.authority, campaign.issuerScope);
    }

    /** 403 unless the caller may act for the issuer {@code authority} of {@code scope}. */
    void requireActingFor(String authority, String scope) {
        if (catalogue.provincial(authority)) {
            caller.requireWithin(Jurisdiction.administrativeUnit(scope), PROVINCES);
        }
    }
}
