package vn.election.demo.plan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import vn.election.events.Body;
import vn.election.events.Ruleset;

/**
 * A province-scale election modeled on Bắc Kạn 2021, from the province's published figures: 2021 ruleset, four bodies,
 * 8 districts and 108 communes, 763 polling areas, 231,861 voters of whom 231,384 vote and 702 areas
 * reach 100 %. The provincial council's 14 units have the real (seats, candidates); the NA elects 6 deputies
 * in 2 units; district and commune councils are plausible (238 and about 1,952 seats, the numbers elected)
 * with the fewest candidates C-7 allows. Names of communes and people are generated.
 */
public final class BacKan2021 {

    public static final String PROVINCE = "06";
    public static final long VOTERS = 231_861;
    public static final long VOTED = 231_384;
    public static final int POLLING_AREAS = 763;
    public static final int AREAS_AT_FULL_TURNOUT = 702;
    /** The provincial council's units in order: {seats, candidates}, as the province published them. */
    public static final int[][] PROVINCIAL_UNITS = {
        {4, 7}, {3, 5}, {3, 5}, {3, 5}, {3, 5}, {3, 5}, {4, 7}, {4, 7}, {3, 5}, {3, 5}, {4, 7}, {3, 5}, {5, 8}, {5, 8}
    };

    public static final int NA_UNITS = 2;
    public static final int NA_SEATS_PER_UNIT = 3;
    public static final int DISTRICT_SEATS = 238;
    public static final int COMMUNE_SEATS = 1_952;
    /** A commune council has at least this many seats here; the rest go by voters. */
    private static final int FEWEST_COMMUNE_SEATS = 15;

    private static final int MOST_SEATS_PER_UNIT = 5;
    /** Every commune gets at least this many polling areas, so that its council's units each have one. */
    private static final int FEWEST_AREAS_PER_COMMUNE = 4;

    /** The 8 districts (2021) with their number of communes, wards and towns: 108 in all. */
    private record District(String code, String name, int communes) {}

    private static final List<District> DISTRICTS = List.of(
            new District("058", "Thành phố Bắc Kạn", 8),
            new District("060", "Huyện Pác Nặm", 10),
            new District("061", "Huyện Ba Bể", 15),
            new District("062", "Huyện Ngân Sơn", 10),
            new District("063", "Huyện Bạch Thông", 14),
            new District("064", "Huyện Chợ Đồn", 20),
            new District("065", "Huyện Chợ Mới", 14),
            new District("066", "Huyện Na Rì", 17));
    private static final List<String> CITY = List.of(
            "Phường Đức Xuân",
            "Phường Nguyễn Thị Minh Khai",
            "Phường Sông Cầu",
            "Phường Phùng Chí Kiên",
            "Phường Huyền Tụng",
            "Phường Xuất Hóa",
            "Xã Nông Thượng",
            "Xã Dương Quang");
    private static final List<String> FIRST_SYLLABLE = List.of(
            "Nà", "Bằng", "Cao", "Quang", "Yên", "Thượng", "Đồng", "Lục", "Xuân", "Vũ", "Kim", "Lãng", "Côn", "Bình",
            "Phương", "Thanh", "Quân", "Đức", "Lương", "Cẩm", "Hảo", "Nghĩa", "Tân", "Văn");
    private static final List<String> SECOND_SYLLABLE = List.of(
            "Phúc", "Thịnh", "Vân", "Sơn", "Hòa", "Minh", "An", "Lạc", "Thành", "Trung", "Tiến", "Lâm", "Giáo", "Quảng",
            "Đôn", "Mỹ", "Hưng", "Thái", "Lũng", "Bẩy", "Lang", "Cư", "Học", "Ninh");
    /** Commune codes are synthetic, from here up: 01850-01957. */
    private static final int FIRST_COMMUNE_CODE = 1_850;

    private BacKan2021() {}

    public static ElectionPlan generate(long seed, LocalDate electionDay) {
        var b = new PlanBuilder(
                "Bầu cử đại biểu Quốc hội khóa XV và đại biểu HĐND các cấp tỉnh Bắc Kạn (demo, seed " + seed + ")",
                Ruleset.R2021,
                seed,
                electionDay);
        AdministrativeUnitPlan province = b.place(PROVINCE, "Tỉnh Bắc Kạn", AdministrativeUnitPlan.PROVINCE, null);
        List<AdministrativeUnitPlan> districts = new ArrayList<>();
        List<List<AdministrativeUnitPlan>> communesByDistrict = new ArrayList<>();
        List<String> names = communeNames(b);
        int code = FIRST_COMMUNE_CODE;
        int named = 0;
        for (District d : DISTRICTS) {
            districts.add(b.place(d.code(), d.name(), AdministrativeUnitPlan.DISTRICT, PROVINCE));
            List<AdministrativeUnitPlan> communes = new ArrayList<>();
            for (int i = 0; i < d.communes(); i++) {
                // the city's real wards and communes; elsewhere generated names, the district's seat a town
                String communeName =
                        d.code().equals("058") ? CITY.get(i) : (i == 0 ? "Thị trấn " : "Xã ") + names.get(named++);
                communes.add(
                        b.place(String.format("%05d", code++), communeName, AdministrativeUnitPlan.COMMUNE, d.code()));
            }
            communesByDistrict.add(communes);
        }
        List<AdministrativeUnitPlan> communes =
                communesByDistrict.stream().flatMap(List::stream).toList();

        // 763 polling areas (at least 4 per commune), 231,861 voters over them
        double[] communeWeights = new double[communes.size()];
        for (int i = 0; i < communeWeights.length; i++) {
            communeWeights[i] = 0.4 + b.random.nextDouble();
        }
        int[] areaCounts = Apportion.largestRemainder(POLLING_AREAS, communeWeights, FEWEST_AREAS_PER_COMMUNE);
        int[] voters = b.voterCounts(VOTERS, POLLING_AREAS, 0.45);
        List<List<PollingAreaPlan>> areasByCommune = new ArrayList<>();
        int next = 0;
        for (int i = 0; i < communes.size(); i++) {
            int[] own = java.util.Arrays.copyOfRange(voters, next, next + areaCounts[i]);
            next += areaCounts[i];
            areasByCommune.add(b.pollingAreas(communes.get(i), own));
        }

        // NA: 2 units of 3 seats, 5 candidates each (C-7: seats + 2); provincial council: the real 14 units
        b.units(
                Body.NATIONAL_ASSEMBLY,
                province,
                List.of(NA_SEATS_PER_UNIT, NA_SEATS_PER_UNIT),
                PlanBuilder.areasOfGroups(
                        Apportion.contiguous(indices(communes.size()), List.of(1, 1)), areasByCommune),
                "Đơn vị bầu cử đại biểu Quốc hội");
        List<Integer> provincialSeats = new ArrayList<>();
        for (int[] unit : PROVINCIAL_UNITS) {
            provincialSeats.add(unit[0]);
        }
        List<List<PollingAreaPlan>> provincialGroups = PlanBuilder.areasOfGroups(
                Apportion.contiguous(indices(communes.size()), provincialSeats), areasByCommune);
        for (int u = 0; u < PROVINCIAL_UNITS.length; u++) {
            b.unit(
                    Body.PROVINCIAL_COUNCIL,
                    province,
                    u + 1,
                    PROVINCIAL_UNITS[u][0],
                    PROVINCIAL_UNITS[u][1],
                    provincialGroups.get(u),
                    "Đơn vị bầu cử HĐND tỉnh");
        }

        // district councils: 238 seats by communes, in units of at most 5 seats over whole communes
        int[] districtSeats = Apportion.largestRemainder(
                DISTRICT_SEATS,
                DISTRICTS.stream().mapToDouble(District::communes).toArray(),
                1);
        int communeIndex = 0;
        for (int d = 0; d < DISTRICTS.size(); d++) {
            List<AdministrativeUnitPlan> own = communesByDistrict.get(d);
            List<Integer> seats =
                    Apportion.evenly(districtSeats[d], PlanBuilder.ceilDiv(districtSeats[d], MOST_SEATS_PER_UNIT));
            List<List<PollingAreaPlan>> groups = PlanBuilder.areasOfGroups(
                    Apportion.contiguous(indices(communeIndex, own.size()), seats), areasByCommune);
            b.units(Body.DISTRICT_COUNCIL, districts.get(d), seats, groups, "Đơn vị bầu cử HĐND huyện");
            communeIndex += own.size();
        }

        // commune councils: about 1,952 seats, at least 15 each, more where more voters live
        double[] communeVoters = areasByCommune.stream()
                .mapToDouble(as -> as.stream().mapToInt(PollingAreaPlan::voters).sum())
                .toArray();
        int[] communeSeats = Apportion.largestRemainder(COMMUNE_SEATS, communeVoters, FEWEST_COMMUNE_SEATS);
        ElectoralUnitPlan shortOfWinners = null;
        for (int c = 0; c < communes.size(); c++) {
            List<PollingAreaPlan> own = areasByCommune.get(c);
            int seats = Math.min(communeSeats[c], MOST_SEATS_PER_UNIT * own.size());
            List<Integer> unitSeats = Apportion.evenly(seats, PlanBuilder.ceilDiv(seats, MOST_SEATS_PER_UNIT));
            List<ElectoralUnitPlan> made = b.units(
                    Body.COMMUNE_COUNCIL,
                    communes.get(c),
                    unitSeats,
                    Apportion.contiguous(own, unitSeats),
                    "Đơn vị bầu cử HĐND xã");
            // W-5: the first unit of Chợ Đồn's first commune (the district of the seed document 001)
            if (shortOfWinners == null && communes.get(c).parentCode().equals("064")) {
                shortOfWinners = made.get(0);
            }
        }
        b.shortOfWinners(shortOfWinners);
        return b.build((double) VOTED / VOTERS, (double) AREAS_AT_FULL_TURNOUT / POLLING_AREAS);
    }

    private static List<String> communeNames(PlanBuilder b) {
        Set<String> names = new LinkedHashSet<>();
        while (names.size() < 100) {
            names.add(FIRST_SYLLABLE.get(b.random.nextInt(FIRST_SYLLABLE.size())) + " "
                    + SECOND_SYLLABLE.get(b.random.nextInt(SECOND_SYLLABLE.size())));
        }
        return new ArrayList<>(names);
    }

    private static List<Integer> indices(int n) {
        return indices(0, n);
    }

    private static List<Integer> indices(int from, int n) {
        return java.util.stream.IntStream.range(from, from + n).boxed().toList();
    }
}
