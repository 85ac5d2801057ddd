package vn.election.awards.campaign;

import jakarta.enterprise.context.ApplicationScoped;
import vn.election.awards.catalogue.Catalogue;
import vn.election.awards.catalogue.IssuerScope;
import vn.election.awards.place.AdministrativeUnits;
import vn.election.events.access.Jurisdiction;
import vn.election.kit.security.Caller;

/**
 * Where awards writes have a place (docs/architecture.md): a campaign whose issuer is a place's (a
 * province's, district's or commune's chairman, a provincial Party standing committee) names the place by
 * official code, and only a token whose jurisdiction contains that place acts on it: a commune's awards
 * officer not on another commune's campaign, a province's on its communes' too; {@code nation} on all. The
 * campaigns of the Prime Minister, a minister, a department or an enterprise have no place, so any awards
 * role may act on them.
 */
@ApplicationScoped
public class IssuerJurisdiction {

    private final Catalogue catalogue;
    private final AdministrativeUnits places;
    private final Caller caller;

    public IssuerJurisdiction(Catalogue catalogue, AdministrativeUnits places, Caller caller) {
        this.catalogue = catalogue;
        this.places = places;
        this.caller = caller;
    }

    /** 403 unless the caller may act for {@code campaign}'s issuer. */
    public void requireActingFor(Campaign campaign) {
        requireActingFor(campaign.authority, campaign.issuerScope);
    }

    /** 403 unless the caller may act for the issuer {@code authority} of {@code scope}. */
    void requireActingFor(String authority, String scope) {
        boolean placed = catalogue.scope(authority).map(IssuerScope::level).isPresent();
        if (placed) {
            caller.requireWithin(Jurisdiction.administrativeUnit(scope), places);
        }
    }
}
