package vn.election.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.election.events.registry.ElectionDefined;

class ContractJsonTest {

    private final ObjectMapper json = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    @Test
    void electionDefinedIsWrittenWithTheRulesetYearAndIsoDate() throws Exception {
        var id = UUID.fromString("6a1f7c52-0000-4000-8000-000000000001");
        var event = new ElectionDefined(
                id,
                "Bầu cử ĐBQH khóa XVI",
                LocalDate.of(2026, 3, 15),
                "Asia/Ho_Chi_Minh",
                Ruleset.R2026,
                List.of(Body.NATIONAL_ASSEMBLY, Body.COMMUNE_COUNCIL));

        String text = json.writeValueAsString(event);

        assertEquals(
                "{\"electionId\":\"6a1f7c52-0000-4000-8000-000000000001\",\"name\":\"Bầu cử ĐBQH khóa XVI\","
                        + "\"electionDay\":\"2026-03-15\",\"timeZone\":\"Asia/Ho_Chi_Minh\",\"ruleset\":\"2026\","
                        + "\"bodies\":[\"NATIONAL_ASSEMBLY\",\"COMMUNE_COUNCIL\"],\"drill\":false}",
                text);
        assertEquals(event, json.readValue(text, ElectionDefined.class));
    }

    @Test
    void aDrillIsMarkedAndAnEventFromBeforeDrillsIsARealElection_D28() throws Exception {
        var drill = new ElectionDefined(
                UUID.fromString("6a1f7c52-0000-4000-8000-000000000002"),
                "Diễn tập",
                LocalDate.of(2031, 5, 25),
                "Asia/Ho_Chi_Minh",
                Ruleset.R2026,
                List.of(Body.PROVINCIAL_COUNCIL),
                true);
        String text = json.writeValueAsString(drill);
        assertEquals(drill, json.readValue(text, ElectionDefined.class));

        String older = "{\"electionId\":\"6a1f7c52-0000-4000-8000-000000000001\",\"name\":\"X\","
                + "\"electionDay\":\"2021-05-23\",\"timeZone\":\"Asia/Ho_Chi_Minh\",\"ruleset\":\"2021\","
                + "\"bodies\":[\"DISTRICT_COUNCIL\"]}";
        assertFalse(json.readValue(older, ElectionDefined.class).drill());
    }

    @Test
    void anOldConsumerIgnoresAFieldAddedLater() throws Exception {
        String newer = "{\"electionId\":\"6a1f7c52-0000-4000-8000-000000000001\",\"name\":\"X\","
                + "\"electionDay\":\"2021-05-23\",\"timeZone\":\"Asia/Ho_Chi_Minh\",\"ruleset\":\"2021\","
                + "\"bodies\":[\"DISTRICT_COUNCIL\"],\"addedInV2\":42}";

        var event = json.readValue(newer, ElectionDefined.class);

        assertEquals(Ruleset.R2021, event.ruleset());
        assertEquals(List.of(Body.DISTRICT_COUNCIL), event.bodies());
    }

    @Test
    void the2026RulesetHasNoDistrictCouncil_rule0_2() {
        assertFalse(Ruleset.R2026.allows(Body.DISTRICT_COUNCIL));
        assertEquals(4, Ruleset.R2021.bodies().size());
        assertEquals("2026", Ruleset.R2026.code());
    }
}
