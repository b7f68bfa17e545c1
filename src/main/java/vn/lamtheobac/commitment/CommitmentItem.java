package vn.lamtheobac.commitment;

/** One line of a commitment, with its results once assessed. {@code target} is set for tasks. */
public record CommitmentItem(
        long id,
        Section section,
        String content,
        String target,
        ItemResult selfResult,
        String selfEvidence,
        ItemResult cellResult,
        String cellComment) {}
