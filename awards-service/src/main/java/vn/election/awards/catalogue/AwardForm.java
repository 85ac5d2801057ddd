package vn.election.awards.catalogue;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.math.BigDecimal;
import java.util.List;

/**
 * A form of award (hình thức khen thưởng) as the catalogue file declares it (K-2, K-11).
 *
 * @param code               e.g. {@code PROVINCIAL_CERTIFICATE_OF_MERIT}
 * @param name               in Vietnamese, e.g. {@code Bằng khen của Thủ tướng Chính phủ}
 * @param issuerType         State or Party
 * @param recipients         collectives, individuals or both
 * @param individualMultiple prize per individual as a multiple of the base salary; null when no decree sets one
 * @param authorities        the codes of the authorities that may confer it, in any ruleset
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record AwardForm(
        String code,
        String name,
        IssuerType issuerType,
        Recipients recipients,
        BigDecimal individualMultiple,
        List<String> authorities) {}
