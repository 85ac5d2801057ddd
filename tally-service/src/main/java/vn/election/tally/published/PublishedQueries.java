package vn.election.tally.published;

import com.fasterxml.jackson.databind.util.RawValue;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import vn.election.events.Body;
import vn.election.tally.election.Timestamps;
import vn.election.tally.results.Percentages;

/**
 * The read side of published results: each read is one or two indexed queries on the documents that
 * {@link Publication} keeps, plus one roll-up per body for the progress figures.
 */
@ApplicationScoped
@Transactional
public class PublishedQueries {

    private final EntityManager em;

    public PublishedQueries(EntityManager em) {
        this.em = em;
    }

    /** A version of published data: its change number (the ETag) and when it changed (Last-Modified). */
    record Version(long changeSeq, OffsetDateTime changedAt) {
        static final Version NONE = new Version(0, null);
    }

    /** A stored document and its version. */
    record Stored(Version version, RawValue document) {}

    /** A page of documents in list order. */
    record Page(List<RawValue> documents, String nextCursor) {}

    /** The election's newest change (index-only, backwards), or none when nothing is published yet. */
    Version latest(UUID electionId) {
        List<?> rows = em.createNativeQuery("select change_seq, changed_at from published_unit where election_id = ?1 "
                        + "order by change_seq desc limit 1")
                .setParameter(1, electionId)
                .getResultList();
        return rows.isEmpty() ? Version.NONE : version((Object[]) rows.get(0));
    }

    Optional<Stored> unit(UUID electionId, UUID unitId) {
        List<?> rows = em.createNativeQuery("select change_seq, changed_at, document from published_unit "
                        + "where unit_id = ?1 and election_id = ?2")
                .setParameter(1, unitId)
                .setParameter(2, electionId)
                .getResultList();
        return rows.stream().findFirst().map(row -> {
            Object[] r = (Object[]) row;
            return new Stored(version(r), new RawValue((String) r[2]));
        });
    }

    /**
     * The units of an election in list order, optionally of one body and of one administrative unit
     * (its own units and those of the units below it), after a keyset cursor.
     */
    Page units(UUID electionId, Body body, String administrativeUnit, String after, int limit) {
        var query = em.createNativeQuery("select sort_key, document from published_unit where election_id = :election"
                        + (body == null ? "" : " and body = :body")
                        + (administrativeUnit == null ? "" : " and path @> array[cast(:scope as varchar)]")
                        + (after == null ? "" : " and sort_key > :after")
                        + " order by sort_key limit :limit")
                .setParameter("election", electionId)
                .setParameter("limit", limit + 1);
        if (body != null) {
            query.setParameter("body", body.name());
        }
        if (administrativeUnit != null) {
            query.setParameter("scope", administrativeUnit);
        }
        if (after != null) {
            query.setParameter("after", after);
        }
        List<?> rows = query.getResultList();
        List<RawValue> documents = new ArrayList<>(Math.min(rows.size(), limit));
        for (int i = 0; i < rows.size() && i < limit; i++) {
            documents.add(new RawValue((String) ((Object[]) rows.get(i))[1]));
        }
        String next = rows.size() > limit ? (String) ((Object[]) rows.get(limit - 1))[0] : null;
        return new Page(documents, next);
    }

    /** The units whose document changed after {@code since}, oldest change first. */
    PublishedChanges changes(UUID electionId, long since, int limit) {
        List<?> rows = em.createNativeQuery("select change_seq, document from published_unit "
                        + "where election_id = ?1 and change_seq > ?2 order by change_seq limit ?3")
                .setParameter(1, electionId)
                .setParameter(2, since)
                .setParameter(3, limit)
                .getResultList();
        List<RawValue> documents = new ArrayList<>(rows.size());
        long cursor = since;
        for (Object row : rows) {
            Object[] r = (Object[]) row;
            cursor = ((Number) r[0]).longValue();
            documents.add(new RawValue((String) r[1]));
        }
        return new PublishedChanges(since, cursor, rows.size() == limit, documents);
    }

    /**
     * The progress per body of the election's units, optionally of one body and of one administrative
     * unit: every unit counts, reported or not; a unit not published yet counts its polling areas from
     * the structure (PA-4).
     */
    List<BodyProgress> progress(UUID electionId, Body body, String administrativeUnit) {
        var query = em.createNativeQuery((administrativeUnit == null ? "" : """
                        with recursive scope(code) as (
                            select cast(:scope as varchar)
                            union all
                            select a.code from administrative_unit a join scope s on a.parent_code = s.code)
                        """) + """
                        select eu.body, count(*), count(p.unit_id),
                               count(*) filter (where p.status is not null and p.status <> 'FIRST_COUNT'),
                               count(*) filter (where p.provisional = false), sum(eu.seats), coalesce(sum(p.elected), 0),
                               coalesce(sum(p.reported), 0),
                               sum(coalesce(p.expected,
                                   (select count(*) from polling_area_unit pau where pau.unit_id = eu.id))),
                               coalesce(sum(p.total_voters), 0), coalesce(sum(p.participated), 0),
                               coalesce(sum(p.valid), 0), coalesce(sum(p.invalid), 0), max(p.changed_at)
                        from electoral_unit eu left join published_unit p on p.unit_id = eu.id
                        where eu.election_id = :election"""
                        + (body == null ? "" : " and eu.body = :body")
                        + (administrativeUnit == null
                                ? ""
                                : " and eu.administrative_unit_code in (select code from scope)")
                        + " group by eu.body")
                .setParameter("election", electionId);
        if (body != null) {
            query.setParameter("body", body.name());
        }
        if (administrativeUnit != null) {
            query.setParameter("scope", administrativeUnit);
        }
        List<BodyProgress> progress = new ArrayList<>();
        for (Object row : query.getResultList()) {
            Object[] r = (Object[]) row;
            long units = num(r[1]);
            long certified = num(r[4]);
            long totalVoters = num(r[9]);
            long participated = num(r[10]);
            progress.add(new BodyProgress(
                    Body.valueOf((String) r[0]),
                    units,
                    num(r[2]),
                    num(r[3]),
                    certified,
                    num(r[5]),
                    num(r[6]),
                    num(r[7]),
                    num(r[8]),
                    totalVoters,
                    participated,
                    Percentages.of(participated, totalVoters),
                    num(r[11]),
                    num(r[12]),
                    certified < units,
                    Timestamps.of(r[13])));
        }
        progress.sort(Comparator.comparing(BodyProgress::body));
        return progress;
    }

    private static Version version(Object[] row) {
        return new Version(num(row[0]), Timestamps.of(row[1]));
    }

    private static long num(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
