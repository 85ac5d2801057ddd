import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * A deterministic synthetic voter list (danh sách cử tri) of one province, as the registry's province import
 * reads it: {@code citizen_id,full_name,birth_date,category,exclusion,polling_area_id}.
 *
 * <pre>java VoterCsv.java ROWS ELECTION_DAY AREA_IDS_FILE [SEED] > voters.csv</pre>
 *
 * <p>The same ROWS, ELECTION_DAY and SEED give the same voters; the {@code polling_area_id} column takes the
 * ids in AREA_IDS_FILE (one per line, e.g. the ones the API gave this run's polling areas), in contiguous
 * blocks of about equal size.
 *
 * <ul>
 *   <li>Names: family, middle and given names with diacritics (NFC), family names weighted by how common
 *       they are in Vietnam, middle and given names by gender.</li>
 *   <li>Citizen ids: the 12 digits of a căn cước: 3 for the province of birth registration (mostly this
 *       province), 1 for gender and century (0/1 born 1900s male/female, 2/3 born 2000s), 2 for the year of
 *       birth, 6 that a per-prefix counter scrambles into a unique number: no id repeats in a file.</li>
 *   <li>Birth dates: every voter is at least 18 on election day (V-1), with the adult age pyramid below;
 *       some turn 18 on election day itself.</li>
 *   <li>Categories (V-6) mostly PERMANENT; about 1 in 2,000 rows carries exclusion SUSPENDED_SENTENCE, a
 *       V-2 flag that does not exclude: every row is valid, so the API and {@code \copy} load the same rows.</li>
 * </ul>
 */
public final class VoterCsv {

    /** Family names and their approximate share of the population, in per mille. */
    private static final String[] FAMILY = {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ",
        "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Đinh", "Lương", "Trịnh", "Đào", "Mai", "Trương", "Lâm",
        "Hà", "Tạ", "Chu", "Nông", "Ma", "Kiều", "Triệu", "Lục", "Vi"};
    private static final int[] FAMILY_WEIGHT = {380, 110, 95, 70, 30, 21, 45, 20, 19, 21, 20, 14, 13, 13, 10, 5, 8,
        7, 7, 7, 6, 6, 5, 6, 4, 4, 6, 3, 3, 3, 3, 3};
    private static final String[] MIDDLE_MALE = {"Văn", "Văn", "Văn", "Hữu", "Đức", "Minh", "Quang", "Công", "Thanh",
        "Ngọc", "Xuân", "Duy", "Đình", "Tiến", "Mạnh", "Quốc", "Trọng", "Anh"};
    private static final String[] MIDDLE_FEMALE = {"Thị", "Thị", "Thị", "Thị", "Ngọc", "Thu", "Thanh", "Minh", "Kim",
        "Bích", "Phương", "Hồng", "Thùy", "Mỹ", "Diệu", "Khánh", "Hoài"};
    private static final String[] GIVEN_MALE = {"Anh", "Hùng", "Dũng", "Tuấn", "Minh", "Hải", "Nam", "Long", "Quân",
        "Đức", "Thắng", "Cường", "Phúc", "Khoa", "Hiếu", "Trung", "Sơn", "Tùng", "Huy", "Bảo", "Việt", "Thành",
        "Lâm", "Khánh", "Tài", "Hoàng", "Phong", "Quang", "Toàn", "Vinh", "Thịnh", "Đạt", "Hưng", "Lộc", "Nghĩa",
        "Tú", "Kiên", "Thái", "Hòa", "Bình", "Chiến", "Đông", "Giang", "Khải", "Lợi", "Mạnh", "Nhân", "Quyết"};
    private static final String[] GIVEN_FEMALE = {"Hương", "Lan", "Hoa", "Mai", "Linh", "Trang", "Hằng", "Thảo",
        "Ngọc", "Yến", "Nhung", "Phương", "Huyền", "Thủy", "Hạnh", "Loan", "Vân", "Nga", "Oanh", "Quỳnh", "Thư",
        "Hà", "Chi", "Dung", "Hường", "Liên", "Ánh", "Diệp", "Giang", "Hiền", "Khuê", "Ly", "My", "Nhi", "Nhàn",
        "Tâm", "Thắm", "Trâm", "Uyên", "Xuân", "Yên", "Đào", "Châu", "Duyên", "Hồng", "Lụa", "Mơ", "Tươi"};
    /** Ages on election day: {from, to, share in per mille}, after the adult population pyramid. */
    private static final int[][] AGES = {{18, 24, 120}, {25, 34, 200}, {35, 44, 200}, {45, 54, 170}, {55, 64, 150},
        {65, 74, 100}, {75, 84, 45}, {85, 100, 15}};
    /** V-6 categories, in per mille. */
    private static final String[] CATEGORY = {"PERMANENT", "TEMPORARY_LONG", "TEMPORARY_SHORT", "ARMED_FORCES",
        "DETAINED"};
    private static final int[] CATEGORY_WEIGHT = {925, 45, 22, 7, 1};
    /** The province of the file (Bắc Kạn) and a few others where voters had their birth registered. */
    private static final String HOME_PROVINCE = "006";
    private static final String[] OTHER_PROVINCES = {"001", "004", "008", "019", "020", "079"};
    /** Coprime with 10^6: multiplying by it permutes the 6-digit serials. */
    private static final long SCRAMBLE = 387_583L;

    private VoterCsv() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 3) {
            System.err.println("usage: java VoterCsv.java ROWS ELECTION_DAY AREA_IDS_FILE [SEED] > voters.csv");
            System.exit(2);
        }
        long rows = Long.parseLong(args[0]);
        LocalDate electionDay = LocalDate.parse(args[1]);
        List<String> areas = Files.readAllLines(Path.of(args[2])).stream().map(String::strip)
                .filter(s -> !s.isEmpty()).toList();
        long seed = args.length > 3 ? Long.parseLong(args[3]) : 2026L;
        if (areas.isEmpty()) {
            throw new IllegalArgumentException(args[2] + " lists no polling area id");
        }
        try (Writer out = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), 1 << 16)) {
            write(out, rows, electionDay, areas, new SplittableRandom(seed));
        }
    }

    static void write(Writer out, long rows, LocalDate electionDay, List<String> areas, SplittableRandom random)
            throws IOException {
        Map<String, Long> serials = new HashMap<>();
        long perArea = (rows + areas.size() - 1) / areas.size();
        out.write("citizen_id,full_name,birth_date,category,exclusion,polling_area_id\n");
        for (long i = 0; i < rows; i++) {
            boolean female = random.nextBoolean();
            LocalDate birth = birthDate(electionDay, random);
            String province = random.nextInt(10) < 9 ? HOME_PROVINCE
                    : OTHER_PROVINCES[random.nextInt(OTHER_PROVINCES.length)];
            int genderCentury = (birth.getYear() >= 2000 ? 2 : 0) + (female ? 1 : 0);
            String prefix = province + genderCentury + String.format("%02d", birth.getYear() % 100);
            long serial = serials.merge(prefix, 1L, Long::sum);
            out.write(prefix);
            out.write(String.format("%06d", (serial * SCRAMBLE) % 1_000_000));
            out.write(',');
            out.write(weighted(FAMILY, FAMILY_WEIGHT, random));
            out.write(' ');
            out.write(pick(female ? MIDDLE_FEMALE : MIDDLE_MALE, random));
            out.write(' ');
            out.write(pick(female ? GIVEN_FEMALE : GIVEN_MALE, random));
            out.write(',');
            out.write(birth.toString());
            out.write(',');
            out.write(weighted(CATEGORY, CATEGORY_WEIGHT, random));
            out.write(',');
            if (random.nextInt(2000) == 0) {
                out.write("SUSPENDED_SENTENCE");
            }
            out.write(',');
            out.write(areas.get((int) (i / perArea)));
            out.write('\n');
        }
    }

    /** V-1: at least 18 on election day; one voter in 2,000 turns 18 on election day itself. */
    private static LocalDate birthDate(LocalDate electionDay, SplittableRandom random) {
        if (random.nextInt(2000) == 0) {
            return electionDay.minusYears(18);
        }
        int bucket = weightedIndex(AGES, random);
        int age = AGES[bucket][0] + random.nextInt(AGES[bucket][1] - AGES[bucket][0] + 1);
        return electionDay.minusYears(age).minusDays(1 + random.nextInt(365));
    }

    private static String pick(String[] values, SplittableRandom random) {
        return values[random.nextInt(values.length)];
    }

    private static String weighted(String[] values, int[] weights, SplittableRandom random) {
        int total = 0;
        for (int w : weights) {
            total += w;
        }
        int r = random.nextInt(total);
        for (int i = 0; i < values.length; i++) {
            r -= weights[i];
            if (r < 0) {
                return values[i];
            }
        }
        return values[values.length - 1];
    }

    private static int weightedIndex(int[][] buckets, SplittableRandom random) {
        int total = 0;
        for (int[] b : buckets) {
            total += b[2];
        }
        int r = random.nextInt(total);
        for (int i = 0; i < buckets.length; i++) {
            r -= buckets[i][2];
            if (r < 0) {
                return i;
            }
        }
        return buckets.length - 1;
    }
}
