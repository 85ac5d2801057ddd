package vn.election.events.registry;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import vn.election.events.Body;
import vn.election.events.DomainEvent;
import vn.election.events.Ruleset;
import vn.election.events.Topics;

/**
 * An election (cuộc bầu cử) was defined in the registry. Topic {@code registry.structure}, key: the
 * election id.
 *
 * @param electionId  the registry's id of the election
 * @param name        the official name, NFC
 * @param electionDay the day of voting (ngày bầu cử), in {@code timeZone}
 * @param timeZone    the election-day clock, {@code Asia/Ho_Chi_Minh}
 * @param ruleset     the rules it is held under (docs/rules.md)
 * @param bodies      the bodies it elects, a subset of {@code ruleset.bodies()}
 * @param drill       a drill (diễn tập), not a real election (D-28): its results are marked so wherever they are
 *                    shown; absent in events written before it existed, which are real elections
 */
public record ElectionDefined(
        UUID electionId,
        String name,
        LocalDate electionDay,
        String timeZone,
        Ruleset ruleset,
        List<Body> bodies,
        boolean drill)
        implements DomainEvent {

    public static final String TYPE = "vn.election.registry.ElectionDefined.v1";

    /** A real election (not a drill, D-28). */
    public ElectionDefined(
            UUID electionId, String name, LocalDate electionDay, String timeZone, Ruleset ruleset, List<Body> bodies) {
        this(electionId, name, electionDay, timeZone, ruleset, bodies, false);
    }

    @Override
    public String topic() {
        return Topics.REGISTRY_STRUCTURE;
    }

    @Override
    public String key() {
        return electionId.toString();
    }

    @Override
    public String type() {
        return TYPE;
    }
}
