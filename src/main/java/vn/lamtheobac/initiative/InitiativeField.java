package vn.lamtheobac.initiative;

/** The field (lĩnh vực) an initiative works in, from the catalogue the committees report by. */
public enum InitiativeField {
    /** Cải cách hành chính. */
    ADMINISTRATIVE_REFORM,
    /** Đạo đức công vụ, tác phong, lề lối làm việc. */
    PUBLIC_SERVICE_ETHICS,
    /** Thực hành tiết kiệm, chống lãng phí. */
    THRIFT_ANTI_WASTE,
    /** Chuyển đổi số. */
    DIGITAL_TRANSFORMATION,
    /** An sinh xã hội. */
    SOCIAL_WELFARE,
    /** Phát triển kinh tế. */
    ECONOMIC_DEVELOPMENT,
    /** Bảo vệ môi trường. */
    ENVIRONMENT,
    /** An ninh, trật tự. */
    SECURITY_ORDER,
    /** Lĩnh vực khác. */
    OTHER
}
