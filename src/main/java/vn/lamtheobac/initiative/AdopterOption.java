package vn.lamtheobac.initiative;

/**
 * An organisation that may adopt a good model, as the picker offers it: its parent's name tells apart cells of the same
 * name ("Chi bộ Khu vực 1" of two wards).
 */
public record AdopterOption(long id, String name, String parentName) {}
