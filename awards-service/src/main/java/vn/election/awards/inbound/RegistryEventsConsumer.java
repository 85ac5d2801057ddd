package vn.election.awards.inbound;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import vn.election.awards.election.ElectionRepository;
import vn.election.awards.nominee.NomineeService;
import vn.election.awards.place.AdministrativeUnits;
import vn.election.awards.suggestion.SuggestionService;
import vn.election.events.registry.AdministrativeUnitDefined;
import vn.election.events.registry.ElectionDefined;
import vn.election.events.registry.OrganizationDefined;
import vn.election.kit.inbox.EventRouter;
import vn.election.kit.inbox.Inbox;

/**
 * Keeps the awards' picture of the registry's elections and organizations (collective and individual
 * nominees), each event applied once (inbox).
 */
@ApplicationScoped
public class RegistryEventsConsumer {

    private final Inbox inbox;
    private final EventRouter router;

    public RegistryEventsConsumer(
            Inbox inbox,
            ObjectMapper json,
            ElectionRepository elections,
            AdministrativeUnits places,
            NomineeService nominees,
            SuggestionService suggestions) {
        this.inbox = inbox;
        this.router = new EventRouter(json)
                .on(ElectionDefined.TYPE, ElectionDefined.class, (event, meta) -> elections.learn(event))
                .on(
                        AdministrativeUnitDefined.TYPE,
                        AdministrativeUnitDefined.class,
                        (event, meta) -> places.learn(event))
                .on(OrganizationDefined.TYPE, OrganizationDefined.class, (event, meta) -> {
                    nominees.learn(event);
                    // the tally's facts about it may have arrived first
                    suggestions.refresh(event.electionId(), event.organizationId());
                });
    }

    @Incoming("registry-structure")
    @Transactional
    public void consume(ConsumerRecord<String, String> record) {
        inbox.deliverOnce("awards.registry-structure", record, router);
    }
}
