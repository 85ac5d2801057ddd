package vn.election.kit.inbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import vn.election.events.CloudEventHeaders;

/**
 * An event as it arrives from Kafka: its CloudEvents id and type from the headers, and its JSON payload.
 *
 * @param id      {@code ce_id}, unique per event, the inbox's de-duplication key
 * @param type    {@code ce_type}, which record the payload is
 * @param source  {@code ce_source}, the producing service
 * @param key     the Kafka key (the aggregate)
 * @param payload the JSON text
 */
public record IncomingEvent(String id, String type, String source, String key, String payload) {

    /** Reads the headers; an event without {@code ce_id} or {@code ce_type} is refused (dead-lettered). */
    public static IncomingEvent from(ConsumerRecord<String, String> record) {
        String id = header(record, CloudEventHeaders.ID);
        String type = header(record, CloudEventHeaders.TYPE);
        if (id == null || type == null) {
            throw new MalformedEventException("record at " + record.topic() + "-" + record.partition() + "@"
                    + record.offset() + " has no " + (id == null ? CloudEventHeaders.ID : CloudEventHeaders.TYPE));
        }
        return new IncomingEvent(id, type, header(record, CloudEventHeaders.SOURCE), record.key(), record.value());
    }

    public <T> T payloadAs(Class<T> eventClass, ObjectMapper json) {
        try {
            return json.readValue(payload, eventClass);
        } catch (JsonProcessingException e) {
            throw new MalformedEventException(
                    "event " + id + " of type " + type + " cannot be read: " + e.getOriginalMessage());
        }
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    /** A record that no version of this consumer can apply. */
    public static class MalformedEventException extends RuntimeException {
        public MalformedEventException(String message) {
            super(message);
        }
    }
}
