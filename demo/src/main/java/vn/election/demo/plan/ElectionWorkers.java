package vn.election.demo.plan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import vn.election.events.Body;

/**
 * The members of election organizations (ORG-1, ORG-2): a chair, a deputy, a secretary and members, aged 57
 * to 70 on election day, so that none of them is also a candidate (25-56, see {@link People}) and ORG-3 holds.
 */
public final class ElectionWorkers {

    /** Members per organization, within the ORG-2 ranges where the law as known gives one. */
    public static final int COMMITTEE_OF_PROVINCE = 23;

    public static final int COMMITTEE = 9;
    public static final int TEAM = 11;
    private static final Map<Body, Integer> BOARD = Map.of(
            Body.NATIONAL_ASSEMBLY, 9, Body.PROVINCIAL_COUNCIL, 11, Body.DISTRICT_COUNCIL, 9, Body.COMMUNE_COUNCIL, 7);

    /** A member as the registry takes it: a person known by citizen id (ORG-3). */
    public record Member(String citizenId, String fullName, String role, LocalDate birthDate, String workplace) {}

    private ElectionWorkers() {}

    public static int boardSize(Body body) {
        return BOARD.get(body);
    }

    /**
     * @param key which organization, so that each has its own members whatever order they are made in
     */
    public static List<Member> of(ElectionPlan plan, String key, int size, String workplace) {
        People people = new People(new SplittableRandom(plan.seed() * 7919 + key.hashCode()), "06", 0);
        List<Member> members = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            var gender = people.gender(0.35);
            String role = i == 0 ? "Trưởng ban" : i == 1 ? "Phó trưởng ban" : i == 2 ? "Thư ký" : "Thành viên";
            LocalDate born = people.birthDate(plan.electionDay(), 57, 70);
            members.add(new Member(people.citizenId(gender, born), people.fullName(gender), role, born, workplace));
        }
        return members;
    }
}
