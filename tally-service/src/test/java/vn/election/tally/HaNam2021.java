package vn.election.tally;

import static io.restassured.RestAssured.given;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.StringSerializer;
import org.awaitility.Awaitility;
import vn.election.events.Body;
import vn.election.events.CloudEventHeaders;
import vn.election.events.Ruleset;
import vn.election.events.Topics;
import vn.election.events.registry.AdministrativeLevel;
import vn.election.events.registry.AdministrativeUnitDefined;
import vn.election.events.registry.ElectionDefined;
import vn.election.events.registry.PollingAreaDefined;
import vn.election.events.registry.VoterListFinalized;
import vn.election.testing.KafkaTestBroker;

/**
 * The polling areas of Hà Nam in 2021 (the published figures): 777 polling areas, 650,293 voters, sent
 * as the registry's events. The real per-area lists are not public, so the voters are spread as evenly
 * as the totals allow: areas 0..720 have 837 voters and areas 721..776 have 836 (721·837 + 56·836 =
 * 650,293). The province has two districts: district 1 with communes 1 (areas 0..258) and 2 (areas
 * 259..517), district 2 with commune 3 (areas 518..776).
 */
public final class HaNam2021 {

    public static final int AREAS = 777;

    public final UUID id = UUID.randomUUID();
    public final String province = code();
    public final String district1 = code();
    public final String district2 = code();
    public final String commune1 = code();
    public final String commune2 = code();
    public final String commune3 = code();
    public final List<UUID> areas = new ArrayList<>();

    private HaNam2021() {
        for (int i = 0; i < AREAS; i++) {
            areas.add(UUID.randomUUID());
        }
    }

    /** Voters on the list of area i. */
    public static int voters(int i) {
        return i < 721 ? 837 : 836;
    }

    /** Sends the registry's events with one producer (1,560 events) and waits until the tally has them all. */
    public static HaNam2021 define(ObjectMapper json) {
        HaNam2021 h = new HaNam2021();
        List<Object> events = new ArrayList<>();
        events.add(new ElectionDefined(
                h.id,
                "Bầu cử đại biểu Quốc hội khóa XV và HĐND các cấp, Hà Nam",
                LocalDate.of(2021, 5, 23),
                "Asia/Ho_Chi_Minh",
                Ruleset.R2021,
                List.of(Body.NATIONAL_ASSEMBLY, Body.PROVINCIAL_COUNCIL, Body.DISTRICT_COUNCIL, Body.COMMUNE_COUNCIL)));
        events.add(new AdministrativeUnitDefined(h.province, "Tỉnh Hà Nam", AdministrativeLevel.PROVINCE, null));
        events.add(new AdministrativeUnitDefined(
                h.district1, "Thành phố Phủ Lý", AdministrativeLevel.DISTRICT, h.province));
        events.add(
                new AdministrativeUnitDefined(h.district2, "Huyện Kim Bảng", AdministrativeLevel.DISTRICT, h.province));
        events.add(new AdministrativeUnitDefined(h.commune1, "Phường Một", AdministrativeLevel.COMMUNE, h.district1));
        events.add(new AdministrativeUnitDefined(h.commune2, "Phường Hai", AdministrativeLevel.COMMUNE, h.district1));
        events.add(new AdministrativeUnitDefined(h.commune3, "Xã Ba", AdministrativeLevel.COMMUNE, h.district2));
        for (int i = 0; i < AREAS; i++) {
            String commune = i < 259 ? h.commune1 : i < 518 ? h.commune2 : h.commune3;
            events.add(new PollingAreaDefined(
                    h.id,
                    h.areas.get(i),
                    i % 259 + 1,
                    "Khu vực bỏ phiếu số " + (i % 259 + 1),
                    commune,
                    Map.of(),
                    false,
                    false));
            int voters = voters(i);
            events.add(new VoterListFinalized(
                    h.id,
                    h.areas.get(i),
                    Map.of(
                            Body.NATIONAL_ASSEMBLY,
                            voters,
                            Body.PROVINCIAL_COUNCIL,
                            voters,
                            Body.DISTRICT_COUNCIL,
                            voters,
                            Body.COMMUNE_COUNCIL,
                            voters),
                    OffsetDateTime.parse("2021-04-13T08:00:00+07:00")));
        }
        h.send(json, events);
        Awaitility.await()
                .atMost(Duration.ofSeconds(120))
                .pollInterval(Duration.ofSeconds(1))
                .ignoreExceptions()
                .until(() -> given().get("/api/v1/elections/" + h.id + "/turnout")
                                .then()
                                .extract()
                                .jsonPath()
                                .getLong("figures.votersOnList")
                        == 650_293L);
        return h;
    }

    private void send(ObjectMapper json, List<Object> events) {
        try (var producer = new KafkaProducer<>(
                Map.<String, Object>of(
                        ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                        KafkaTestBroker.broker().bootstrapServers()),
                new StringSerializer(),
                new StringSerializer())) {
            for (Object event : events) {
                var headers = new RecordHeaders();
                headers.add(CloudEventHeaders.ID, bytes(UUID.randomUUID().toString()));
                headers.add(CloudEventHeaders.TYPE, bytes(typeOf(event)));
                headers.add(CloudEventHeaders.SOURCE, bytes("/test"));
                headers.add(CloudEventHeaders.TIME, bytes(OffsetDateTime.now().toString()));
                headers.add(CloudEventHeaders.SPEC_VERSION, bytes(CloudEventHeaders.SPEC_VERSION_1_0));
                producer.send(new ProducerRecord<>(
                        Topics.REGISTRY_STRUCTURE, null, id.toString(), json.writeValueAsString(event), headers));
            }
            producer.flush();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String typeOf(Object event) {
        try {
            return (String) event.getClass().getField("TYPE").get(null);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static String code() {
        return "H" + ThreadLocalRandom.current().nextInt(10_000_000, 99_999_999);
    }
}
