package vn.election.awards.catalogue;

import vn.election.events.registry.AdministrativeLevel;

/**
 * Which one of an authority a campaign speaks for. Decisions are numbered per issuer (K-10), so every
 * authority that exists more than once in the country (each province's chairman, each commune's ...) is
 * told apart by the campaign's {@code issuerScope}; an issuer of a place is named by the place's official
 * code, whose length the registry fixes per level (2, 3 or 5 digits).
 */
public enum IssuerScope {
    /** One in the country (the Prime Minister): no scope. */
    NATION(null, null),
    PROVINCE(AdministrativeLevel.PROVINCE, "\\d{2}"),
    /** Under the 2021 ruleset only, like the district level itself. */
    DISTRICT(AdministrativeLevel.DISTRICT, "\\d{3}"),
    COMMUNE(AdministrativeLevel.COMMUNE, "\\d{5}"),
    /** A ministry, a department, an enterprise: named by the issuer's own code, which this service cannot check. */
    ORGANIZATION(null, "[\\p{L}\\p{N}][\\p{L}\\p{N}._-]{0,39}");

    private final AdministrativeLevel level;
    private final String pattern;

    IssuerScope(AdministrativeLevel level, String pattern) {
        this.level = level;
        this.pattern = pattern;
    }

    /** The administrative level of the issuer's place; null when the issuer has no place. */
    public AdministrativeLevel level() {
        return level;
    }

    /** Whether {@code scope} names one issuer of this kind ({@code ""} only for the nation's). */
    public boolean accepts(String scope) {
        return pattern == null ? scope.isEmpty() : scope.matches(pattern);
    }

    /** What a campaign of this kind of issuer must write in {@code issuerScope}. */
    public String expectation() {
        return switch (this) {
            case NATION -> "nothing: the issuer is one in the country";
            case PROVINCE -> "the province's official code (2 digits)";
            case DISTRICT -> "the district's official code (3 digits)";
            case COMMUNE -> "the commune's official code (5 digits)";
            case ORGANIZATION -> "the issuing body's own code (letters, digits, '.', '_' or '-', up to 40)";
        };
    }
}
