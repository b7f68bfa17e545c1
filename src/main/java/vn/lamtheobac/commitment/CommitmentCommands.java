package vn.lamtheobac.commitment;

import java.util.List;
import java.util.Map;

/** The changes that can be asked of commitments. */
public final class CommitmentCommands {

    private CommitmentCommands() {}

    /** One line as written; {@code target} only for tasks. */
    public record ItemDraft(Section section, String content, String target) {}

    /** Writes (or rewrites) a person's commitment for a year while it is a draft. */
    public record WriteCommitment(long personId, int year, List<ItemDraft> items, int version) {}

    /** Acknowledges {@code ids}; the comment comes as a single parameter, so it is trimmed here (blank as none). */
    public record Acknowledge(List<Long> ids, String comment) {
        public Acknowledge {
            comment = comment == null || comment.isBlank() ? null : comment.strip();
        }
    }

    public record ReturnForRevision(long id, String reason, int version) {}

    /** The member's year-end result per item id, with evidence. */
    public record SelfAssess(
            long id, Map<Long, ItemResult> results, Map<Long, String> evidence, String summary, int version) {}

    /** The cell's result per item id and overall. */
    public record Assess(
            long id,
            Map<Long, ItemResult> results,
            Map<Long, String> comments,
            ItemResult outcome,
            String assessment,
            int version) {}

    public record Close(long id, int version) {}

    /** The audited correction of a closed commitment's outcome. */
    public record Correct(long id, ItemResult outcome, String assessment, String reason, int version) {}
}
