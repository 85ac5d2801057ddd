package vn.election.demo.plan;

import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.function.IntFunction;
import vn.election.demo.plan.CandidatePlan.Gender;

/**
 * A province's voter list as the registry's CSV import takes it (citizen_id, full_name, birth_date, category,
 * exclusion, polling_area_id), generated row by row from the seed: every voter is at least 18 on election day
 * (V-1), none is excluded (V-2), each citizen id appears once (V-4), and all are permanent residents, so each
 * gets every body's ballot (V-6).
 */
public final class VoterList {

    public static final String HEADER = "citizen_id,full_name,birth_date,category,exclusion,polling_area_id";
    private static final int OLDEST = 95;
    private static final int YOUNGEST = 18;

    private VoterList() {}

    /**
     * Writes the voters of {@code areas} (all of one province), each with the registry id of its area.
     *
     * @param areaId the registry's id of an area, by its index in the plan
     */
    public static void write(
            ElectionPlan plan, String province, List<PollingAreaPlan> areas, IntFunction<UUID> areaId, Writer out)
            throws IOException {
        out.write(HEADER);
        out.write('\n');
        People people = new People(new SplittableRandom(plan.seed() * 31 + province.hashCode()), province, 0);
        StringBuilder row = new StringBuilder(128);
        for (PollingAreaPlan area : areas) {
            String id = areaId.apply(area.index()).toString();
            for (int v = 0; v < area.voters(); v++) {
                Gender gender = people.gender(0.51);
                LocalDate born = people.birthDate(plan.electionDay(), YOUNGEST, OLDEST);
                row.setLength(0);
                row.append(people.citizenId(gender, born))
                        .append(',')
                        .append(people.fullName(gender))
                        .append(',')
                        .append(born)
                        .append(",PERMANENT,,")
                        .append(id)
                        .append('\n');
                out.append(row);
            }
        }
    }
}
