package vn.lamtheobac.people;

/** What a person is to the organisation. */
public enum PersonCategory {
    PARTY_MEMBER_OFFICIAL,
    PARTY_MEMBER_PROBATIONARY,
    CIVIL_SERVANT,
    UNION_MEMBER,
    ASSOCIATION_MEMBER;

    public boolean isPartyMember() {
        return this == PARTY_MEMBER_OFFICIAL || this == PARTY_MEMBER_PROBATIONARY;
    }
}
