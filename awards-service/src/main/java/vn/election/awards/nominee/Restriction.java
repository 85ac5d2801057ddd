package vn.election.awards.nominee;

/** Why a nominee may not be proposed or awarded now (K-5). */
public enum Restriction {
    /** Đang bị xem xét kỷ luật hoặc đang chịu kỷ luật. */
    DISCIPLINE,
    /** Đang bị điều tra. */
    INVESTIGATION,
    /** Đang bị thanh tra, kiểm tra. */
    INSPECTION,
    /** Có đơn thư khiếu nại, tố cáo đang được xác minh, chưa có kết luận. */
    UNRESOLVED_COMPLAINT
}
