package vn.election.demo.plan;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;
import vn.election.demo.plan.CandidatePlan.Gender;

/**
 * Deterministic Vietnamese-looking people: names by sex, ethnicity weighted as in the northern mountain
 * provinces, and 12-digit citizen ids (số định danh cá nhân: province code, sex and century, birth year,
 * serial) unique within one generator.
 */
public final class People {

    private static final List<String> FAMILY = List.of(
            "Hoàng", "Nông", "Triệu", "Hà", "Lý", "Ma", "Nguyễn", "Lục", "Đàm", "Bàn", "Dương", "Trần", "Lưu", "Đinh",
            "Mã", "Phùng", "Hứa", "Lăng", "Vi", "Lâm", "Lường");
    private static final List<String> MIDDLE_MALE =
            List.of("Văn", "Đức", "Minh", "Quang", "Hữu", "Ngọc", "Xuân", "Văn", "Văn");
    private static final List<String> MIDDLE_FEMALE = List.of("Thị", "Thu", "Ngọc", "Thanh", "Kim", "Thị", "Thị");
    private static final List<String> GIVEN_MALE = List.of(
            "Hùng", "Dũng", "Tuấn", "Minh", "Thắng", "Quân", "Hải", "Lâm", "Sơn", "Trường", "Đức", "Cường", "Bình",
            "Phúc", "Toàn", "Thành", "Long", "Khánh", "Hiếu", "Tùng", "Chiến", "Nam", "Việt", "Kiên");
    private static final List<String> GIVEN_FEMALE = List.of(
            "Hương", "Lan", "Mai", "Hạnh", "Hà", "Thảo", "Huyền", "Nga", "Dung", "Hoa", "Liên", "Phượng", "Thúy", "Yến",
            "Loan", "Ngân", "Trang", "Hằng", "Vân", "Nhung", "Tuyết", "Quyên");
    /** Bắc Kạn: mostly Tày, then Dao, Kinh, Nùng, Mông. */
    private static final List<String> ETHNICITY =
            List.of("Tày", "Tày", "Tày", "Tày", "Tày", "Dao", "Dao", "Kinh", "Kinh", "Nùng", "Nùng", "Mông");

    private static final List<String> EDUCATION =
            List.of("Đại học", "Thạc sĩ", "Cao đẳng", "Đại học Luật", "Thạc sĩ Quản lý kinh tế", "Trung cấp");
    private static final List<String> OCCUPATION = List.of(
            "Công chức",
            "Viên chức",
            "Giáo viên",
            "Bác sĩ",
            "Nông dân",
            "Cán bộ Mặt trận",
            "Doanh nhân",
            "Bí thư chi bộ");

    private final RandomGenerator random;
    private final String provinceCode;
    /** The next serial per sex-century digit and birth year, so that ids never repeat. */
    private final Map<String, Integer> serials = new HashMap<>();

    private final int firstSerial;

    /**
     * @param firstSerial where serials start: candidates and voters of one province use distinct ranges
     */
    public People(RandomGenerator random, String provinceCode, int firstSerial) {
        this.random = random;
        this.provinceCode = provinceCode;
        this.firstSerial = firstSerial;
    }

    public Gender gender(double womenShare) {
        return random.nextDouble() < womenShare ? Gender.FEMALE : Gender.MALE;
    }

    public String fullName(Gender gender) {
        boolean woman = gender == Gender.FEMALE;
        return pick(FAMILY) + " " + pick(woman ? MIDDLE_FEMALE : MIDDLE_MALE) + " "
                + pick(woman ? GIVEN_FEMALE : GIVEN_MALE);
    }

    /** A birth date between {@code oldest} and {@code youngest} years of age on {@code day}. */
    public LocalDate birthDate(LocalDate day, int youngest, int oldest) {
        LocalDate latest = day.minusYears(youngest);
        LocalDate earliest = day.minusYears(oldest + 1L).plusDays(1);
        return earliest.plusDays(random.nextLong(latest.toEpochDay() - earliest.toEpochDay() + 1));
    }

    /** PPP S YY NNNNNN: the province's 3-digit code, sex and century, year of birth, a serial. */
    public String citizenId(Gender gender, LocalDate birthDate) {
        int century = birthDate.getYear() / 100 - 19;
        int sexCentury = century * 2 + (gender == Gender.FEMALE ? 1 : 0);
        String prefix = "0" + provinceCode + sexCentury + String.format("%02d", birthDate.getYear() % 100);
        int serial = serials.merge(prefix, 1, Integer::sum) - 1 + firstSerial;
        if (serial > 999_999) {
            throw new IllegalStateException("more than a million people born in one year in province " + provinceCode);
        }
        return prefix + String.format("%06d", serial);
    }

    public CandidatePlan candidate(LocalDate electionDay, double womenShare, String home, String workplace) {
        Gender gender = gender(womenShare);
        // C-1: at least 21 on election day; candidates are 25-56, election workers older (see Organizations),
        // so that no one both stands and sits on a board or team (ORG-3)
        LocalDate born = birthDate(electionDay, 25, 56);
        return new CandidatePlan(
                citizenId(gender, born),
                fullName(gender),
                born,
                gender,
                pick(ETHNICITY),
                home,
                home,
                pick(EDUCATION),
                pick(OCCUPATION),
                workplace,
                random.nextDouble() < 0.85,
                random.nextDouble() < 0.9 ? "NOMINATED" : "SELF_NOMINATED");
    }

    public String pick(List<String> from) {
        return from.get(random.nextInt(from.size()));
    }
}
