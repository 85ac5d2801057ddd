package vn.election.registry.voter;

import java.util.Set;
import java.util.UUID;

/**
 * What a voter list file lists: one polling area, or a whole province, each row naming its polling area.
 *
 * @param pollingAreaId the polling area of an area's file; null for a province's
 * @param provinceCode  the province of a province's file; null for an area's
 * @param pollingAreas  the polling areas a row may name (V-5): the file's own, or the election's in the province
 */
record ImportTarget(UUID pollingAreaId, String provinceCode, Set<UUID> pollingAreas) {

    static ImportTarget pollingArea(UUID pollingAreaId) {
        return new ImportTarget(pollingAreaId, null, Set.of(pollingAreaId));
    }

    static ImportTarget province(String provinceCode, Set<UUID> pollingAreas) {
        return new ImportTarget(null, provinceCode, pollingAreas);
    }

    /** A province's file names each row's polling area. */
    boolean wholeProvince() {
        return pollingAreaId == null;
    }
}
