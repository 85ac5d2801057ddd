package vn.election.awards.decision;

/** The grounds on which an award is revoked (K-12, Law 2022 ch. VII). */
public enum RevocationGround {
    /** Gian dối trong kê khai thành tích. */
    FRAUDULENT_ACHIEVEMENTS,
    /** Thông tin sai sự thật, giấy tờ giả. */
    FALSE_INFORMATION_OR_FORGED_PAPERS,
    /** Thẩm định, xét duyệt, đề nghị, quyết định trái pháp luật. */
    UNLAWFUL_APPRAISAL_OR_APPROVAL,
    /** Phát hiện sau đó vi phạm tiêu chuẩn. */
    CRITERIA_BROKEN_LATER
}
