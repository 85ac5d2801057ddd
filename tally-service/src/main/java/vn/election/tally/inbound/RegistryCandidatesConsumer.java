package vn.election.tally.inbound;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import vn.election.events.registry.CandidateListPublished;
import vn.election.events.registry.CandidateNotRecognized;
import vn.election.events.registry.CandidateWithdrawn;
import vn.election.kit.inbox.EventRouter;
import vn.election.kit.inbox.Inbox;
import vn.election.tally.election.CandidateListRepository;
import vn.election.tally.results.UnitResults;

/**
 * Applies the registry's official candidate lists, withdrawals and findings that a candidate is recognized at
 * no level (C-5, D-40), each exactly once (inbox).
 */
@ApplicationScoped
public class RegistryCandidatesConsumer {

    static final String CONSUMER = "tally.registry-candidates";

    private final Inbox inbox;
    private final EventRouter router;

    public RegistryCandidatesConsumer(
            Inbox inbox, ObjectMapper json, CandidateListRepository lists, UnitResults results) {
        this.inbox = inbox;
        this.router = new EventRouter(json)
                .on(CandidateListPublished.TYPE, CandidateListPublished.class, (event, meta) -> lists.apply(event))
                .on(CandidateWithdrawn.TYPE, CandidateWithdrawn.class, (event, meta) -> lists.apply(event))
                .on(
                        CandidateNotRecognized.TYPE,
                        CandidateNotRecognized.class,
                        (event, meta) -> results.notRecognized(event));
    }

    @Incoming("registry-candidates")
    @Transactional
    public void consume(ConsumerRecord<String, String> record) {
        inbox.deliverOnce(CONSUMER, record, router);
    }
}
