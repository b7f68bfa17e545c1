package vn.lamtheobac.people;

public enum Gender {
    MALE,
    FEMALE
}
