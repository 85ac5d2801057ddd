package vn.election.awards.election;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import vn.election.events.registry.ElectionDefined;
import vn.election.kit.inbox.EventRouter;
import vn.election.kit.inbox.Inbox;

/** Keeps the awards' picture of the registry's elections, each event applied once (inbox). */
@ApplicationScoped
public class RegistryEventsConsumer {

    private final Inbox inbox;
    private final EventRouter router;

    public RegistryEventsConsumer(Inbox inbox, ObjectMapper json, Elections elections) {
        this.inbox = inbox;
        this.router = new EventRouter(json)
                .on(ElectionDefined.TYPE, ElectionDefined.class, (event, meta) -> elections.apply(event));
    }

    @Incoming("registry-structure")
    @Transactional
    public void consume(ConsumerRecord<String, String> record) {
        inbox.deliverOnce("awards.registry-structure", record, router);
    }
}
