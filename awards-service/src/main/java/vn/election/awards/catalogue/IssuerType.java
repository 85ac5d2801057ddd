package vn.election.awards.catalogue;

/** Who issues an award: the State under the Law on emulation and commendation, or the Party outside it (K-2). */
public enum IssuerType {
    STATE,
    /** Party commendations (khen thưởng của Đảng), e.g. by the Ban Thường vụ Tỉnh ủy: outside the Law (K-2, M). */
    PARTY
}
