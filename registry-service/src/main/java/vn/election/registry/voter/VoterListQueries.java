package vn.election.registry.voter;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import vn.election.events.access.Jurisdiction;

/** The read side of the voter lists, in SQL over the voter table: search pages, the public lookup, counts. */
@ApplicationScoped
public class VoterListQueries {

    private final EntityManager em;

    public VoterListQueries(EntityManager em) {
        this.em = em;
    }

    /**
     * What a search asks for; a null field does not filter.
     *
     * @param namePrefix   the start of the folded name ({@code Texts.fold})
     * @param jurisdiction only voters listed at, or transferred to, a polling area inside it (null: the nation)
     * @param after        the keyset position after which the page starts
     */
    record VoterFilter(
            String namePrefix, String citizenId, UUID pollingAreaId, Jurisdiction jurisdiction, SearchKey after) {}

    /** What a search orders by: the folded name, then the citizen id. */
    record SearchKey(String nameFolded, String citizenId) {}

    /** A voter found, and where it lies in the search's order. */
    record SearchHit(VoterView voter, SearchKey key) {}

    /** Voters of one category who vote at an area: transferred there or not, from the same province or not. */
    record CategoryCount(VoterCategory category, boolean transferred, boolean sameProvince, int voters) {}

    /** Up to {@code limit} voters of the election matching the filter, by folded name then citizen id. */
    List<SearchHit> search(UUID electionId, VoterFilter filter, int limit) {
        StringBuilder sql = new StringBuilder("select citizen_id, full_name, birth_date, category, polling_area_id, "
                + "transferred_to, name_folded from voter where election_id = :election");
        Map<String, Object> params = new HashMap<>(Map.of("election", electionId));
        if (filter.jurisdiction() != null) {
            withinJurisdiction(filter.jurisdiction(), sql, params);
        }
        if (filter.namePrefix() != null) {
            sql.append(" and name_folded like :name escape '\\'");
            params.put(
                    "name",
                    filter.namePrefix()
                                    .replace("\\", "\\\\")
                                    .replace("%", "\\%")
                                    .replace("_", "\\_") + "%");
        }
        if (filter.citizenId() != null) {
            sql.append(" and citizen_id = :citizen");
            params.put("citizen", filter.citizenId());
        }
        if (filter.pollingAreaId() != null) {
            sql.append(" and polling_area_id = :area");
            params.put("area", filter.pollingAreaId());
        }
        if (filter.after() != null) {
            sql.append(" and (name_folded, citizen_id) > (:afterName, :afterCitizen)");
            params.put("afterName", filter.after().nameFolded());
            params.put("afterCitizen", filter.after().citizenId());
        }
        sql.append(" order by name_folded, citizen_id limit :limit");
        params.put("limit", limit);
        Query query = em.createNativeQuery(sql.toString());
        params.forEach(query::setParameter);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        return rows.stream()
                .map(row -> new SearchHit(
                        new VoterView(
                                (String) row[0],
                                (String) row[1],
                                toLocalDate(row[2]),
                                VoterCategory.valueOf((String) row[3]),
                                (UUID) row[4],
                                (UUID) row[5],
                                false),
                        new SearchKey((String) row[6], (String) row[0])))
                .toList();
    }

    /** The public lookup: where the citizen votes, if id and date of birth both match. */
    Optional<VoterPlace> placeOf(UUID electionId, String citizenId, LocalDate birthDate) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        select coalesce(v.transferred_to, v.polling_area_id), v.category, v.transferred_to is not null,
                               coalesce(oc.province_code = dc.province_code, false)
                        from voter v
                        join polling_area o on o.id = v.polling_area_id
                        join administrative_unit oc on oc.code = o.commune_code
                        left join polling_area d on d.id = v.transferred_to
                        left join administrative_unit dc on dc.code = d.commune_code
                        where v.election_id = ?1 and v.citizen_id = ?2 and v.birth_date = ?3""")
                .setParameter(1, electionId)
                .setParameter(2, citizenId)
                .setParameter(3, birthDate)
                .getResultList();
        return rows.stream()
                .findFirst()
                .map(r -> new VoterPlace(
                        (UUID) r[0], VoterCategory.valueOf((String) r[1]), (Boolean) r[2], (Boolean) r[3]));
    }

    /**
     * Where a listed voter votes and what decides their ballots (V-6, V-10).
     *
     * @param pollingAreaId the area they vote at: the one they transfer to, if any
     * @param sameProvince  a transfer within the province of the listing area (false without a transfer)
     */
    record VoterPlace(UUID pollingAreaId, VoterCategory category, boolean transferred, boolean sameProvince) {}

    /**
     * Who votes at the area, by category: listed voters without a transfer, and voters transferred here, from a
     * polling area of {@code provinceCode} or not.
     */
    List<CategoryCount> votersByCategory(UUID pollingAreaId, String provinceCode) {
        @SuppressWarnings("unchecked")
        List<Object[]> groups = em.createNativeQuery("""
                        select v.category, v.transferred_to is not null, c.province_code = ?2, count(*)
                        from voter v
                        join polling_area o on o.id = v.polling_area_id
                        join administrative_unit c on c.code = o.commune_code
                        where (v.polling_area_id = ?1 and v.transferred_to is null) or v.transferred_to = ?1
                        group by 1, 2, 3""")
                .setParameter(1, pollingAreaId)
                .setParameter(2, provinceCode)
                .getResultList();
        return groups.stream()
                .map(group -> new CategoryCount(
                        VoterCategory.valueOf((String) group[0]),
                        (Boolean) group[1],
                        (Boolean) group[2],
                        ((Number) group[3]).intValue()))
                .toList();
    }

    /**
     * Only the voters listed at, or transferred to, a polling area inside {@code holder}. The nation sees every
     * list.
     */
    private static void withinJurisdiction(Jurisdiction holder, StringBuilder sql, Map<String, Object> params) {
        String areasInside = switch (holder.kind()) {
            case NATION -> null;
            case ADMINISTRATIVE_UNIT ->
                "select a.id from polling_area a join administrative_unit c"
                        + " on c.code = a.commune_code"
                        + " where c.code = :place or c.parent_code = :place or c.province_code = :place";
            case ELECTORAL_UNIT -> "select polling_area_id from polling_area_unit where electoral_unit_id = :place";
            case POLLING_AREA -> "select cast(:place as uuid)";
        };
        if (areasInside != null) {
            sql.append(" and (polling_area_id in (")
                    .append(areasInside)
                    .append(") or transferred_to in (")
                    .append(areasInside)
                    .append("))");
            params.put("place", holder.kind() == Jurisdiction.Kind.ADMINISTRATIVE_UNIT ? holder.id() : holder.uuid());
        }
    }

    private static LocalDate toLocalDate(Object value) {
        return value instanceof java.sql.Date date ? date.toLocalDate() : (LocalDate) value;
    }
}
