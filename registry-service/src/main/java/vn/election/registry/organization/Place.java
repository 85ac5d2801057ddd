package vn.election.registry.organization;

import java.util.List;
import java.util.UUID;

/**
 * Where an organization sits.
 *
 * @param administrativeUnitCode its administrative unit (null for the council)
 * @param sizeKey                its key in {@link OrganizationSizes}
 * @param candidateUnits         the electoral units whose candidates may not sit on it (ORG-3)
 * @param founderCode            the administrative unit whose committee sets it up; null for the nation
 */
record Place(String administrativeUnitCode, String sizeKey, List<UUID> candidateUnits, String founderCode) {}
