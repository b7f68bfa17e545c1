package vn.lamtheobac.shared;

/**
 * A read or export of sensitive personal data (party membership, political opinion: Luật Bảo vệ dữ liệu cá nhân 2025,
 * formerly Nghị định 13/2023/NĐ-CP Điều 2.4.a). The audit trail records every one.
 */
public record SensitiveDataAccessed(String entityType, String entityId, Access access, String detail) {

    public enum Access {
        READ,
        EXPORT
    }
}
