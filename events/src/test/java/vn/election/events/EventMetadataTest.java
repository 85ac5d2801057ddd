package vn.election.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.election.events.awards.AwardConferred;
import vn.election.events.awards.AwardDecided;
import vn.election.events.awards.AwardRevoked;
import vn.election.events.registry.AdministrativeUnitDefined;
import vn.election.events.registry.CandidateListPublished;
import vn.election.events.registry.CandidateNotRecognized;
import vn.election.events.registry.CandidateWithdrawn;
import vn.election.events.registry.ComplaintStepTaken;
import vn.election.events.registry.ElectionDefined;
import vn.election.events.registry.ElectoralUnitDefined;
import vn.election.events.registry.OrganizationDefined;
import vn.election.events.registry.OrganizationMemberChanged;
import vn.election.events.registry.PollingAreaDefined;
import vn.election.events.registry.VoterListFinalized;
import vn.election.events.tally.ByElectionDefined;
import vn.election.events.tally.DeputyVacancyRecorded;
import vn.election.events.tally.MinutesAccepted;
import vn.election.events.tally.PollingClosed;
import vn.election.events.tally.ResultComplaintFiled;
import vn.election.events.tally.ResultComplaintResolved;
import vn.election.events.tally.ResultsAnnounced;
import vn.election.events.tally.TurnoutReported;
import vn.election.events.tally.UnitResultAnnulled;
import vn.election.events.tally.UnitResultCertified;
import vn.election.events.tally.UnitResultDetermined;

/**
 * Every event names its topic, partition key and type ({@link DomainEvent}), and none of the three reaches
 * the JSON payload: the payload's properties are exactly the record's components.
 */
class EventMetadataTest {

    private static final UUID ID = UUID.fromString("6a1f7c52-0000-4000-8000-000000000001");

    private final ObjectMapper json = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    /** Each event class, its topic and the component its key is read from. */
    static List<Object[]> events() {
        return List.of(
                new Object[] {AdministrativeUnitDefined.class, Topics.REGISTRY_STRUCTURE, "code"},
                new Object[] {ElectionDefined.class, Topics.REGISTRY_STRUCTURE, "electionId"},
                new Object[] {ElectoralUnitDefined.class, Topics.REGISTRY_STRUCTURE, "electionId"},
                new Object[] {OrganizationDefined.class, Topics.REGISTRY_STRUCTURE, "electionId"},
                new Object[] {OrganizationMemberChanged.class, Topics.REGISTRY_STRUCTURE, "electionId"},
                new Object[] {PollingAreaDefined.class, Topics.REGISTRY_STRUCTURE, "electionId"},
                new Object[] {VoterListFinalized.class, Topics.REGISTRY_STRUCTURE, "electionId"},
                new Object[] {CandidateListPublished.class, Topics.REGISTRY_CANDIDATES, "electionId"},
                new Object[] {CandidateWithdrawn.class, Topics.REGISTRY_CANDIDATES, "electionId"},
                new Object[] {CandidateNotRecognized.class, Topics.REGISTRY_CANDIDATES, "electionId"},
                new Object[] {ComplaintStepTaken.class, Topics.REGISTRY_COMPLAINTS, "electionId"},
                new Object[] {MinutesAccepted.class, Topics.TALLY_MINUTES, "pollingAreaId"},
                new Object[] {TurnoutReported.class, Topics.TALLY_MINUTES, "pollingAreaId"},
                new Object[] {PollingClosed.class, Topics.TALLY_MINUTES, "electionId"},
                new Object[] {UnitResultDetermined.class, Topics.TALLY_RESULTS, "unitId"},
                new Object[] {UnitResultCertified.class, Topics.TALLY_RESULTS, "unitId"},
                new Object[] {UnitResultAnnulled.class, Topics.TALLY_RESULTS, "unitId"},
                new Object[] {DeputyVacancyRecorded.class, Topics.TALLY_RESULTS, "unitId"},
                new Object[] {ByElectionDefined.class, Topics.TALLY_RESULTS, "electionId"},
                new Object[] {ResultsAnnounced.class, Topics.TALLY_ANNOUNCEMENTS, "electionId"},
                new Object[] {ResultComplaintFiled.class, Topics.TALLY_ANNOUNCEMENTS, "electionId"},
                new Object[] {ResultComplaintResolved.class, Topics.TALLY_ANNOUNCEMENTS, "electionId"},
                new Object[] {AwardDecided.class, Topics.AWARDS_DECISIONS, "decisionId"},
                new Object[] {AwardConferred.class, Topics.AWARDS_DECISIONS, "decisionId"},
                new Object[] {AwardRevoked.class, Topics.AWARDS_DECISIONS, "decisionId"});
    }

    @ParameterizedTest
    @MethodSource("events")
    void anEventCarriesItsTopicKeyAndTypeButWritesOnlyItsComponents(
            Class<? extends DomainEvent> eventClass, String topic, String keyComponent) throws Exception {
        DomainEvent event = sample(eventClass);

        assertEquals(topic, event.topic());
        assertEquals(eventClass.getField("TYPE").get(null), event.type());
        assertEquals(
                String.valueOf(eventClass.getMethod(keyComponent).invoke(event)), event.key(), "key of " + eventClass);
        JsonNode written = json.readTree(json.writeValueAsString(event));
        Set<String> properties = new TreeSet<>();
        written.fieldNames().forEachRemaining(properties::add);
        Set<String> components = new TreeSet<>(Arrays.stream(eventClass.getRecordComponents())
                .map(RecordComponent::getName)
                .toList());
        assertEquals(components, properties);
    }

    /** An instance with a value of the right type in every component. */
    private static <T> T sample(Class<T> recordClass) throws Exception {
        RecordComponent[] components = recordClass.getRecordComponents();
        Class<?>[] types =
                Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
        List<Object> values = new ArrayList<>();
        for (Class<?> type : types) {
            values.add(sampleValue(type));
        }
        return recordClass.getDeclaredConstructor(types).newInstance(values.toArray());
    }

    private static Object sampleValue(Class<?> type) {
        if (type == UUID.class) {
            return ID;
        } else if (type == String.class) {
            return "01";
        } else if (type == int.class) {
            return 1;
        } else if (type == long.class) {
            return 1L;
        } else if (type == boolean.class) {
            return true;
        } else if (type == LocalDate.class) {
            return LocalDate.of(2026, 3, 15);
        } else if (type == OffsetDateTime.class) {
            return OffsetDateTime.of(2026, 3, 15, 7, 0, 0, 0, ZoneOffset.ofHours(7));
        } else if (type == List.class) {
            return List.of();
        } else if (type == Map.class) {
            return Map.of();
        } else if (type.isEnum()) {
            return type.getEnumConstants()[0];
        }
        throw new IllegalArgumentException("no sample value for " + type);
    }
}
