package vn.election.awards.catalogue;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.Set;

/**
 * Who may confer awards (thẩm quyền khen thưởng): the Prime Minister, a provincial People's Committee
 * chairman, a minister ... (K-3, K-4), with the pattern of its decision numbers (K-10).
 *
 * @param code          e.g. {@code PROVINCIAL_CHAIRMAN}
 * @param title         in Vietnamese, e.g. {@code Chủ tịch Ủy ban nhân dân tỉnh}
 * @param issuerType    State or Party
 * @param numberPattern e.g. {@code {n}/QĐ-UBND}; {@code {n}} is the sequence number in the calendar year
 * @param rulesets      the rulesets under which this authority exists ("2021", "2026")
 * @param scope         which kind of issuer it is: one in the country, one per place (named by the place's
 *                      official code in a campaign's {@code issuerScope}) or one per organization (K-10)
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Authority(
        String code,
        String title,
        IssuerType issuerType,
        String numberPattern,
        Set<String> rulesets,
        IssuerScope scope) {}
