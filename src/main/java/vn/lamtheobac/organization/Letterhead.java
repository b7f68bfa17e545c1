package vn.lamtheobac.organization;

/**
 * The header of a party document issued by an organisation (Hướng dẫn 36-HD/VPTW): the superior body (may be
 * {@code null} at the top of the tree), the issuing body, the abbreviation used in document symbols (e.g. "TU" in
 * "05-KH/TU") and the place name of the date line.
 */
public record Letterhead(String superiorBody, String issuingBody, String abbreviation, String place) {}
