package vn.election.tally.results;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * What one polling area's minutes bring to the figures of their unit's round (CK-7: a unit's figures are
 * the sums of its polling areas' minutes). A correction brings its new version with {@code sign} 1 and
 * takes back the version it replaces with {@code sign} -1.
 *
 * @param candidateIds   the candidates with votes; {@code candidateVotes} holds their votes in the same order
 * @param complaints     their complaints section (M-3), or {@link ComplaintFigures#NONE} when they record none
 * @param acceptedAt     when the minutes were accepted
 */
public record MinutesContribution(
        UUID unitId,
        int round,
        int sign,
        long totalVoters,
        long participated,
        long ballotsIssued,
        long ballotsReceived,
        long valid,
        long invalid,
        UUID[] candidateIds,
        int[] candidateVotes,
        ComplaintFigures complaints,
        OffsetDateTime acceptedAt) {}
