package vn.election.tally.inbound;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import vn.election.events.registry.CandidateListPublished;
import vn.election.events.registry.CandidateWithdrawn;
import vn.election.kit.inbox.EventRouter;
import vn.election.kit.inbox.Inbox;
import vn.election.tally.election.CandidateListRepository;

/** Applies the registry's official candidate lists and withdrawals, each exactly once (inbox). */
@ApplicationScoped
public class RegistryCandidatesConsumer {

    static final String CONSUMER = "tally.registry-candidates";

    private final Inbox inbox;
    private final EventRouter router;

    public RegistryCandidatesConsumer(Inbox inbox, ObjectMapper json, CandidateListRepository lists) {
        this.inbox = inbox;
        this.router = new EventRouter(json)
                .on(CandidateListPublished.TYPE, CandidateListPublished.class, (event, meta) -> lists.apply(event))
                .on(CandidateWithdrawn.TYPE, CandidateWithdrawn.class, (event, meta) -> lists.apply(event));
    }

    @Incoming("registry-candidates")
    @Transactional
    public void consume(ConsumerRecord<String, String> record) {
        inbox.deliverOnce(CONSUMER, record, router);
    }
}
