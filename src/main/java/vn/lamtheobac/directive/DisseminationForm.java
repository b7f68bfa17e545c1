package vn.lamtheobac.directive;

/** How a directive was disseminated: a conference, online, or inside a cell's meeting. */
public enum DisseminationForm {
    CONFERENCE,
    ONLINE,
    CELL_MEETING
}
