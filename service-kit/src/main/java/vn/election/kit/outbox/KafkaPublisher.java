package vn.election.kit.outbox;

import io.smallrye.common.annotation.Identifier;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Future;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.StringSerializer;
import vn.election.events.CloudEventHeaders;

/**
 * The only Kafka producer of a service, used by the relay alone. Idempotent and acks=all, with short
 * blocking limits so that a broker outage makes a relay pass fail fast and retry, never hang.
 */
@ApplicationScoped
public class KafkaPublisher {

    private final Producer<String, String> producer;
    private final String source;

    public KafkaPublisher(@Identifier("default-kafka-broker") Map<String, Object> kafkaConfig, OutboxConfig config) {
        Map<String, Object> props = new HashMap<>();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafkaConfig.get("bootstrap.servers"));
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        props.put(ProducerConfig.LINGER_MS_CONFIG, 5);
        props.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 5_000);
        props.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000);
        props.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, (int)
                config.sendTimeout().toMillis());
        props.put(ProducerConfig.CLIENT_ID_CONFIG, config.source().replace("/", "") + "-outbox");
        this.producer = new KafkaProducer<>(props, new StringSerializer(), new StringSerializer());
        this.source = config.source();
    }

    /** Sends one message with its CloudEvents headers; the future completes when the broker has it. */
    Future<RecordMetadata> send(OutboxMessage message) {
        var headers = new RecordHeaders();
        header(headers, CloudEventHeaders.ID, message.eventId().toString());
        header(headers, CloudEventHeaders.TYPE, message.type());
        header(headers, CloudEventHeaders.SOURCE, source);
        header(headers, CloudEventHeaders.TIME, DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(message.createdAt()));
        header(headers, CloudEventHeaders.SPEC_VERSION, CloudEventHeaders.SPEC_VERSION_1_0);
        header(headers, CloudEventHeaders.CONTENT_TYPE, CloudEventHeaders.JSON);
        return producer.send(new ProducerRecord<>(message.topic(), null, message.key(), message.payload(), headers));
    }

    void flush() {
        producer.flush();
    }

    private static void header(RecordHeaders headers, String name, String value) {
        headers.add(name, value.getBytes(StandardCharsets.UTF_8));
    }

    @PreDestroy
    void close() {
        producer.close(java.time.Duration.ofSeconds(2));
    }
}
