package vn.election.tally.turnout;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import vn.election.events.Rule;
import vn.election.kit.problem.ProblemException;

/**
 * The configured turnout checkpoints, checked at start. Each is stored as {@code HH:mm} or
 * {@code CLOSE}, so the text sorts in the order of the day, CLOSE after every time.
 */
@ApplicationScoped
public class Checkpoints {

    public static final String CLOSE = "CLOSE";
    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

    private final List<String> ordered;

    public Checkpoints(TurnoutConfig config) {
        List<String> parsed = new ArrayList<>();
        for (String raw : config.checkpoints()) {
            String checkpoint = normalize(raw.trim());
            if (!parsed.isEmpty() && parsed.get(parsed.size() - 1).compareTo(checkpoint) >= 0) {
                throw new IllegalArgumentException("tally.turnout.checkpoints must be in the order of the day, "
                        + "CLOSE last: " + config.checkpoints());
            }
            parsed.add(checkpoint);
        }
        ordered = List.copyOf(parsed);
    }

    private static String normalize(String checkpoint) {
        if (CLOSE.equalsIgnoreCase(checkpoint)) {
            return CLOSE;
        }
        try {
            return LocalTime.parse(checkpoint).format(HH_MM);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(
                    "tally.turnout.checkpoints: '" + checkpoint + "' is neither HH:mm nor CLOSE", e);
        }
    }

    public List<String> all() {
        return ordered;
    }

    /** The checkpoint as stored, or a 422 naming {@code field} when it is not configured. */
    public String require(String field, String checkpoint) {
        String trimmed = checkpoint.trim();
        String known = CLOSE.equalsIgnoreCase(trimmed) ? CLOSE : trimmed;
        if (!ordered.contains(known)) {
            throw ProblemException.ruleViolation(
                    field, Rule.R_1, "'" + checkpoint + "' is not a turnout checkpoint; " + "they are " + ordered);
        }
        return known;
    }
}
