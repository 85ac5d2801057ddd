package vn.election.awards.inbound;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import vn.election.awards.suggestion.PerformanceFactRepository;
import vn.election.awards.suggestion.SuggestionService;
import vn.election.events.tally.MinutesAccepted;
import vn.election.events.tally.ResultsAnnounced;
import vn.election.events.tally.TurnoutReported;
import vn.election.events.tally.UnitResultCertified;
import vn.election.events.tally.UnitResultDetermined;
import vn.election.kit.inbox.EventRouter;
import vn.election.kit.inbox.Inbox;

/**
 * Records the tally's measurements as facts and refreshes the suggestions they bear on, each event
 * applied once (inbox) and in the same transaction as its effect.
 */
@ApplicationScoped
public class TallyEventsConsumer {

    private final Inbox inbox;
    private final EventRouter minutes;
    private final EventRouter results;
    private final EventRouter announcements;

    public TallyEventsConsumer(
            Inbox inbox, ObjectMapper json, PerformanceFactRepository facts, SuggestionService suggestions) {
        this.inbox = inbox;
        this.minutes = new EventRouter(json)
                .on(TurnoutReported.TYPE, TurnoutReported.class, (event, meta) -> {
                    facts.record(event);
                    suggestions.refreshTeamsOf(event.electionId(), event.pollingAreaId());
                })
                .on(MinutesAccepted.TYPE, MinutesAccepted.class, (event, meta) -> {
                    facts.record(event);
                    suggestions.refreshTeamsOf(event.electionId(), event.pollingAreaId());
                    if (event.submittedBy() != null) {
                        suggestions.refresh(event.electionId(), event.submittedBy());
                    }
                });
        this.results = new EventRouter(json)
                .on(UnitResultDetermined.TYPE, UnitResultDetermined.class, (event, meta) -> {
                    facts.record(event);
                    suggestions.refreshBoardsOf(event.electionId(), event.unitId());
                })
                .on(UnitResultCertified.TYPE, UnitResultCertified.class, (event, meta) -> {
                    facts.record(event);
                    if (event.certifiedBy() != null) {
                        suggestions.refresh(event.electionId(), event.certifiedBy());
                    }
                });
        // an announcement brings the deadline its units' certifications are judged by; the complaints
        // about results on the same topic are not facts for suggestions
        this.announcements = new EventRouter(json).on(ResultsAnnounced.TYPE, ResultsAnnounced.class, (event, meta) -> {
            facts.record(event);
            suggestions.refreshCertifiersOf(event.electionId(), event.units());
            if (event.announcedBy() != null) {
                suggestions.refresh(event.electionId(), event.announcedBy());
            }
        });
    }

    @Incoming("tally-minutes")
    @Transactional
    public void consumeMinutes(ConsumerRecord<String, String> record) {
        inbox.deliverOnce("awards.tally-minutes", record, minutes);
    }

    @Incoming("tally-results")
    @Transactional
    public void consumeResults(ConsumerRecord<String, String> record) {
        inbox.deliverOnce("awards.tally-results", record, results);
    }

    @Incoming("tally-announcements")
    @Transactional
    public void consumeAnnouncements(ConsumerRecord<String, String> record) {
        inbox.deliverOnce("awards.tally-announcements", record, announcements);
    }
}
