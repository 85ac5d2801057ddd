package vn.election.tally.turnout;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.List;

/** Knobs of the turnout reports through election day. */
@ConfigMapping(prefix = "tally.turnout")
public interface TurnoutConfig {

    /**
     * The checkpoints at which election teams report, in order: times of the election-day clock as
     * {@code HH:mm}, and {@code CLOSE} for the figure at the close of the polls (R-1 leaves them to
     * practice; the default is the observed one).
     */
    @WithDefault("09:00,11:00,14:00,17:00,19:00,CLOSE")
    List<String> checkpoints();
}
