package vn.election.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.election.events.registry.VoterListFinalized;

/** The voter list's counts carry a version (D-20), and a list written before versions still reads. */
class VoterListFinalizedJsonTest {

    private static final UUID ELECTION = UUID.fromString("6a1f7c52-0000-4000-8000-000000000001");
    private static final UUID AREA = UUID.fromString("6a1f7c52-0000-4000-8000-000000000002");

    private final ObjectMapper json = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    @Test
    void theVersionTravelsWithTheCounts_D20() throws Exception {
        var event = new VoterListFinalized(
                ELECTION,
                AREA,
                Map.of(Body.NATIONAL_ASSEMBLY, 2000),
                OffsetDateTime.parse("2026-02-03T08:00:00+07:00"),
                3);

        String text = json.writeValueAsString(event);

        assertEquals(
                "{\"electionId\":\"6a1f7c52-0000-4000-8000-000000000001\","
                        + "\"pollingAreaId\":\"6a1f7c52-0000-4000-8000-000000000002\","
                        + "\"votersByBody\":{\"NATIONAL_ASSEMBLY\":2000},"
                        + "\"finalizedAt\":\"2026-02-03T08:00:00+07:00\",\"version\":3}",
                text);
        assertEquals(3, json.readValue(text, VoterListFinalized.class).version());
    }

    @Test
    void aListWrittenBeforeVersionsReadsAsVersion0() throws Exception {
        String older = "{\"electionId\":\"6a1f7c52-0000-4000-8000-000000000001\","
                + "\"pollingAreaId\":\"6a1f7c52-0000-4000-8000-000000000002\","
                + "\"votersByBody\":{\"PROVINCIAL_COUNCIL\":1999},\"finalizedAt\":\"2026-02-03T08:00:00+07:00\"}";

        var event = json.readValue(older, VoterListFinalized.class);

        assertEquals(0, event.version());
        assertEquals(Map.of(Body.PROVINCIAL_COUNCIL, 1999), event.votersByBody());
    }
}
