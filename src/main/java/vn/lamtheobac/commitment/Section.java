package vn.lamtheobac.commitment;

/**
 * The parts of a commitment: political study and self-cultivation; ethics and lifestyle; working style and setting an
 * example; specific tasks, each with a measurable target.
 */
public enum Section {
    POLITICAL_STUDY,
    ETHICS,
    WORKING_STYLE,
    TASK
}
