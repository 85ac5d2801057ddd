package vn.election.tally.inbound;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import vn.election.events.registry.AdministrativeUnitDefined;
import vn.election.events.registry.ElectionDefined;
import vn.election.events.registry.ElectoralUnitDefined;
import vn.election.events.registry.PollingAreaDefined;
import vn.election.events.registry.VoterListFinalized;
import vn.election.kit.inbox.EventRouter;
import vn.election.kit.inbox.Inbox;
import vn.election.tally.election.AdministrativeUnitRepository;
import vn.election.tally.election.ElectoralUnitRepository;
import vn.election.tally.election.KnownElectionRepository;
import vn.election.tally.election.PollingAreaRepository;

/** Applies the registry's structure events to the tally's read model, each exactly once (inbox). */
@ApplicationScoped
public class RegistryStructureConsumer {

    static final String CONSUMER = "tally.registry-structure";

    private final Inbox inbox;
    private final EventRouter router;

    public RegistryStructureConsumer(
            Inbox inbox,
            ObjectMapper json,
            KnownElectionRepository elections,
            AdministrativeUnitRepository administrativeUnits,
            ElectoralUnitRepository units,
            PollingAreaRepository pollingAreas) {
        this.inbox = inbox;
        this.router = new EventRouter(json)
                .on(ElectionDefined.TYPE, ElectionDefined.class, (event, meta) -> elections.apply(event))
                .on(
                        AdministrativeUnitDefined.TYPE,
                        AdministrativeUnitDefined.class,
                        (event, meta) -> administrativeUnits.apply(event))
                .on(ElectoralUnitDefined.TYPE, ElectoralUnitDefined.class, (event, meta) -> units.apply(event))
                .on(PollingAreaDefined.TYPE, PollingAreaDefined.class, (event, meta) -> pollingAreas.apply(event))
                .on(VoterListFinalized.TYPE, VoterListFinalized.class, (event, meta) -> pollingAreas.apply(event));
    }

    @Incoming("registry-structure")
    @Transactional
    public void consume(ConsumerRecord<String, String> record) {
        inbox.deliverOnce(CONSUMER, record, router);
    }
}
