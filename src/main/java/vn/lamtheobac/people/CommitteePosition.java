package vn.lamtheobac.people;

/**
 * A seat on a party committee, senior first. The first three sit on the standing committee (Ban Thường vụ) where the
 * committee has one; a cell's committee (Chi ủy) has a secretary, a deputy and members.
 */
public enum CommitteePosition {
    SECRETARY,
    DEPUTY_SECRETARY,
    STANDING_MEMBER,
    MEMBER;

    public boolean standing() {
        return this != MEMBER;
    }
}
