package vn.election.bench.tally;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import vn.election.events.Body;

/**
 * A synthetic national election of the 2021 shape (four bodies), for the benchmark: 8 polling areas
 * per commune, 15 communes per district, 11 districts per province (85,000 areas → 63 provinces).
 * Units: the National Assembly 3 per province (3 seats, 5 candidates), the provincial council 1 per
 * district (4 seats, 7 candidates), the district council 1 per commune (3 seats, 5 candidates), the
 * commune council 3 per commune (5 seats, 8 candidates): 5 to 8 candidates each (C-7). Every figure
 * follows from the seed, so the minutes can be generated twice, identical, for the JDBC baseline.
 */
final class SyntheticElection {

    static final int AREAS_PER_COMMUNE = 8;
    static final int COMMUNES_PER_DISTRICT = 15;
    static final int DISTRICTS_PER_PROVINCE = 11;

    /** An electoral unit with its candidates in ballot order. */
    record Unit(UUID id, Body body, int number, int seats, String administrativeUnit, List<UUID> candidates) {}

    /** A polling area, its commune, voters and the unit it votes in per body (PA-4). */
    record Area(UUID id, int index, int province, String commune, int voters, Map<Body, Unit> units) {}

    final UUID id = UUID.randomUUID();
    final List<Area> areas = new ArrayList<>();
    final List<Unit> units = new ArrayList<>();
    final int provinces;
    private final List<String[]> administrativeUnits = new ArrayList<>();
    private final long seed;

    SyntheticElection(int areaCount, long seed) {
        this.seed = seed;
        Random random = new Random(seed);
        int communes = (areaCount + AREAS_PER_COMMUNE - 1) / AREAS_PER_COMMUNE;
        int districts = (communes + COMMUNES_PER_DISTRICT - 1) / COMMUNES_PER_DISTRICT;
        provinces = (districts + DISTRICTS_PER_PROVINCE - 1) / DISTRICTS_PER_PROVINCE;
        String prefix = "B" + Long.toString(Math.abs(id.getMostSignificantBits()) % 1_000_000, 36);
        int area = 0;
        for (int p = 0; p < provinces && area < areaCount; p++) {
            String province = prefix + "-" + p;
            administrativeUnits.add(new String[] {province, "Tỉnh " + (p + 1), "PROVINCE", null});
            List<Unit> na = new ArrayList<>();
            for (int k = 0; k < 3; k++) {
                na.add(unit(Body.NATIONAL_ASSEMBLY, k + 1, 3, 5, province));
            }
            for (int d = 0; d < DISTRICTS_PER_PROVINCE && area < areaCount; d++) {
                String district = province + "-" + d;
                administrativeUnits.add(new String[] {district, "Huyện " + (d + 1), "DISTRICT", province});
                Unit provincial = unit(Body.PROVINCIAL_COUNCIL, d + 1, 4, 7, province);
                for (int c = 0; c < COMMUNES_PER_DISTRICT && area < areaCount; c++) {
                    String commune = district + "-" + c;
                    administrativeUnits.add(new String[] {commune, "Xã " + (c + 1), "COMMUNE", district});
                    Unit districtUnit = unit(Body.DISTRICT_COUNCIL, c + 1, 3, 5, district);
                    List<Unit> communeUnits = new ArrayList<>();
                    for (int k = 0; k < 3; k++) {
                        communeUnits.add(unit(Body.COMMUNE_COUNCIL, k + 1, 5, 8, commune));
                    }
                    for (int a = 0; a < AREAS_PER_COMMUNE && area < areaCount; a++, area++) {
                        Map<Body, Unit> of = new LinkedHashMap<>();
                        of.put(Body.NATIONAL_ASSEMBLY, na.get(d % 3));
                        of.put(Body.PROVINCIAL_COUNCIL, provincial);
                        of.put(Body.DISTRICT_COUNCIL, districtUnit);
                        of.put(Body.COMMUNE_COUNCIL, communeUnits.get(a % 3));
                        areas.add(new Area(UUID.randomUUID(), area, p, commune, 700 + random.nextInt(301), of));
                    }
                }
            }
        }
        // a National Assembly unit with no district (a small run) has no polling area: leave it out
        units.removeIf(u -> areas.stream().noneMatch(a -> a.units().get(u.body()) == u));
    }

    private Unit unit(Body body, int number, int seats, int candidates, String administrativeUnit) {
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < candidates; i++) {
            ids.add(UUID.randomUUID());
        }
        Unit unit = new Unit(UUID.randomUUID(), body, number, seats, administrativeUnit, ids);
        units.add(unit);
        return unit;
    }

    /** The count minutes of an area for a body (M-3), passing CK-1..CK-9: the same for the same seed. */
    Minutes minutes(Area area, Body body) {
        Unit unit = area.units().get(body);
        Random random = new Random(seed * 31 + area.index() * 4L + body.ordinal());
        int participated = area.voters() - random.nextInt(area.voters() / 50 + 1);
        int invalid = random.nextInt(participated / 50 + 1);
        int valid = participated - invalid;
        // n_k: every valid ballot leaves `seats` names, the usual ballot; Σvotes = seats · valid (CK-6)
        int[] byCount = new int[unit.seats()];
        byCount[unit.seats() - 1] = valid;
        int candidates = unit.candidates().size();
        long total = (long) unit.seats() * valid;
        int[] votes = new int[candidates];
        for (int i = 0; i < candidates; i++) {
            votes[i] = (int) (total / candidates + (i < total % candidates ? 1 : 0));
        }
        for (int i = 0; i + 1 < candidates; i += 2) {
            // move some votes from one candidate to the next, keeping each within 0..valid (CK-5)
            int shift = random.nextInt(Math.min(valid - votes[i], votes[i + 1]) + 1);
            votes[i] += shift;
            votes[i + 1] -= shift;
        }
        return new Minutes(area, body, unit, participated, invalid, valid, byCount, votes);
    }

    /** One set of count minutes. */
    record Minutes(
            Area area, Body body, Unit unit, int participated, int invalid, int valid, int[] byCount, int[] votes) {

        Map<String, Object> json() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("pollingAreaId", area.id());
            m.put("body", body);
            m.put("round", 1);
            m.put("totalVoters", area.voters());
            m.put("votersParticipated", participated);
            m.put("ballotsIssued", participated);
            m.put("ballotsReceived", participated);
            m.put("valid", valid);
            m.put("invalid", invalid);
            m.put("ballotsByCount", byCount);
            Map<String, Integer> byCandidate = new LinkedHashMap<>();
            for (int i = 0; i < votes.length; i++) {
                byCandidate.put(unit.candidates().get(i).toString(), votes[i]);
            }
            m.put("votes", byCandidate);
            return m;
        }
    }

    /**
     * Writes the structure straight into the tally's database, as its registry consumers would have
     * from the registry's events (sending 170,000 events is not what this benchmark measures).
     */
    void seed(Connection db) throws SQLException {
        db.setAutoCommit(false);
        Timestamp now = Timestamp.from(Instant.now());
        try (var election = db.prepareStatement("insert into election (id, name, election_day, time_zone, ruleset, "
                        + "learned_at) values (?, ?, ?, 'Asia/Ho_Chi_Minh', '2021', ?)");
                var bodies = db.prepareStatement("insert into election_body (election_id, body) values (?, ?)")) {
            election.setObject(1, id);
            election.setString(2, "Bầu cử tổng hợp (benchmark)");
            election.setDate(3, Date.valueOf(LocalDate.of(2021, 5, 23)));
            election.setTimestamp(4, now);
            election.executeUpdate();
            for (Body body : Body.values()) {
                bodies.setObject(1, id);
                bodies.setString(2, body.name());
                bodies.addBatch();
            }
            bodies.executeBatch();
        }
        batch(
                db,
                "insert into administrative_unit (code, name, level, parent_code) values (?, ?, ?, ?)",
                administrativeUnits,
                (ps, a) -> {
                    ps.setString(1, a[0]);
                    ps.setString(2, a[1]);
                    ps.setString(3, a[2]);
                    ps.setString(4, a[3]);
                });
        batch(
                db,
                "insert into electoral_unit (id, election_id, body, number, name, seats, administrative_unit_code) "
                        + "values (?, ?, ?, ?, ?, ?, ?)",
                units,
                (ps, u) -> {
                    ps.setObject(1, u.id());
                    ps.setObject(2, id);
                    ps.setString(3, u.body().name());
                    ps.setInt(4, u.number());
                    ps.setString(5, "Đơn vị bầu cử số " + u.number());
                    ps.setInt(6, u.seats());
                    ps.setString(7, u.administrativeUnit());
                });
        batch(
                db,
                "insert into candidate_list (unit_id, election_id, body, seats, published_at) values (?, ?, ?, ?, ?)",
                units,
                (ps, u) -> {
                    ps.setObject(1, u.id());
                    ps.setObject(2, id);
                    ps.setString(3, u.body().name());
                    ps.setInt(4, u.seats());
                    ps.setTimestamp(5, now);
                });
        List<Object[]> candidates = new ArrayList<>();
        units.forEach(u -> {
            for (int i = 0; i < u.candidates().size(); i++) {
                candidates.add(new Object[] {u.id(), i, u.candidates().get(i)});
            }
        });
        batch(
                db,
                "insert into candidate (unit_id, position, candidate_id, full_name, birth_date, gender, withdrawn) "
                        + "values (?, ?, ?, ?, ?, 'FEMALE', false)",
                candidates,
                (ps, c) -> {
                    ps.setObject(1, c[0]);
                    ps.setInt(2, (Integer) c[1]);
                    ps.setObject(3, c[2]);
                    ps.setString(4, "Ứng cử viên " + ((Integer) c[1] + 1));
                    ps.setDate(5, Date.valueOf(LocalDate.of(1960 + (Integer) c[1], 1, 1)));
                });
        batch(
                db,
                // each area's finalized voter list (version 1, D-20): the counts every minutes must state (D-18)
                "insert into polling_area (id, election_id, number, name, commune_code, remote, special, "
                        + "voter_list_version) values (?, ?, ?, ?, ?, false, false, 1)",
                areas,
                (ps, a) -> {
                    ps.setObject(1, a.id());
                    ps.setObject(2, id);
                    ps.setInt(3, a.index() % AREAS_PER_COMMUNE + 1);
                    ps.setString(4, "Khu vực bỏ phiếu số " + (a.index() % AREAS_PER_COMMUNE + 1));
                    ps.setString(5, a.commune());
                });
        List<Object[]> perBody = new ArrayList<>();
        areas.forEach(a -> a.units().forEach((body, unit) -> perBody.add(new Object[] {a, body, unit})));
        batch(
                db,
                "insert into polling_area_unit (polling_area_id, body, unit_id) values (?, ?, ?)",
                perBody,
                (ps, r) -> {
                    ps.setObject(1, ((Area) r[0]).id());
                    ps.setString(2, ((Body) r[1]).name());
                    ps.setObject(3, ((Unit) r[2]).id());
                });
        batch(
                db,
                "insert into polling_area_voters (polling_area_id, body, voters) values (?, ?, ?)",
                perBody,
                (ps, r) -> {
                    ps.setObject(1, ((Area) r[0]).id());
                    ps.setString(2, ((Body) r[1]).name());
                    ps.setInt(3, ((Area) r[0]).voters());
                });
        db.commit();
    }

    interface Binder<T> {
        void bind(PreparedStatement statement, T row) throws SQLException;
    }

    static <T> void batch(Connection db, String sql, List<T> rows, Binder<T> binder) throws SQLException {
        try (PreparedStatement ps = db.prepareStatement(sql)) {
            int n = 0;
            for (T row : rows) {
                binder.bind(ps, row);
                ps.addBatch();
                if (++n % 1000 == 0) {
                    ps.executeBatch();
                }
            }
            ps.executeBatch();
        }
    }
}
