package vn.lamtheobac.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.lamtheobac.commitment.CommitmentCommands.Acknowledge;
import vn.lamtheobac.commitment.CommitmentCommands.ItemDraft;
import vn.lamtheobac.commitment.CommitmentCommands.WriteCommitment;
import vn.lamtheobac.commitment.CommitmentManagement;
import vn.lamtheobac.commitment.CommitmentReview;
import vn.lamtheobac.commitment.Section;
import vn.lamtheobac.shared.Scope;

/**
 * The commitments of the demo: most party members and civil servants have written this year's, most of those were
 * submitted and acknowledged by their cell, some are still drafts, and some people have not written one yet — among
 * them the demo member, so the whole year (write, submit, acknowledge, self-assess, assess, close) can be walked
 * through from the start.
 */
@Component
class DemoCommitments {

    private static final List<String> STUDY = List.of(
            "Tham gia đầy đủ các buổi học tập, quán triệt nghị quyết, chuyên đề năm do chi bộ tổ chức",
            "Tự nghiên cứu ít nhất một tác phẩm của Chủ tịch Hồ Chí Minh và viết thu hoạch",
            "Hoàn thành chương trình bồi dưỡng lý luận chính trị theo kế hoạch của đơn vị",
            "Đọc và làm theo các bài viết về tấm gương đạo đức Hồ Chí Minh trên báo Đảng");
    private static final List<String> ETHICS = List.of(
            "Giữ gìn phẩm chất đạo đức, lối sống giản dị, không vi phạm những điều đảng viên không được làm",
            "Thực hành tiết kiệm, chống lãng phí trong sử dụng tài sản công",
            "Gương mẫu chấp hành quy định về trách nhiệm nêu gương của cán bộ, đảng viên",
            "Sống đoàn kết, chân thành, giúp đỡ đồng nghiệp và nhân dân nơi cư trú");
    private static final List<String> STYLE = List.of(
            "Gần dân, trọng dân, lắng nghe và giải quyết kịp thời ý kiến của người dân",
            "Làm việc khoa học, đúng giờ, nói đi đôi với làm",
            "Ứng dụng công nghệ số trong xử lý công việc hằng ngày",
            "Thường xuyên tự phê bình và phê bình trên tinh thần xây dựng");
    private static final List<String[]> TASKS = List.of(
            new String[] {"Giải quyết hồ sơ, thủ tục hành chính thuộc phạm vi phụ trách", "100% đúng hạn"},
            new String[] {"Tham gia mô hình dân vận khéo của chi bộ", "Ít nhất 2 hoạt động/quý"},
            new String[] {"Vận động hộ gia đình nơi cư trú phân loại rác tại nguồn", "20 hộ"},
            new String[] {"Hoàn thành chỉ tiêu chuyên môn được giao trong năm", "Đạt 100% kế hoạch"},
            new String[] {"Đóng góp ý tưởng cải tiến lề lối làm việc của cơ quan", "Ít nhất 1 sáng kiến"});

    private final CommitmentManagement commitments;
    private final CommitmentReview review;

    DemoCommitments(CommitmentManagement commitments, CommitmentReview review) {
        this.review = review;
        this.commitments = commitments;
    }

    /**
     * Writes the year's commitments under {@code organizationId}; the people in {@code unwritten} are left without
     * one. Returns how many were written.
     */
    int generate(long organizationId, int year, Scope scope, long seed, Set<Long> unwritten) {
        var random = new Random(seed + 3);
        var rows = commitments.rows(organizationId, year, null, scope);
        var submitted = new ArrayList<Long>();
        int written = 0;
        for (var row : rows) {
            if (random.nextDouble() < 0.08 || unwritten.contains(row.personId())) {
                continue;
            }
            long id = commitments.write(new WriteCommitment(row.personId(), year, items(random), 0), scope);
            written++;
            double fate = random.nextDouble();
            if (fate < 0.85) {
                commitments.submit(id, commitments.get(id, scope).version(), scope);
                if (fate < 0.7) {
                    submitted.add(id);
                }
            }
        }
        for (int i = 0; i < submitted.size(); i += 200) {
            review.acknowledge(
                    new Acknowledge(
                            submitted.subList(i, Math.min(submitted.size(), i + 200)),
                            "Nội dung cam kết phù hợp; đề nghị đồng chí thực hiện nghiêm túc."),
                    scope);
        }
        return written;
    }

    private static List<ItemDraft> items(Random random) {
        var items = new ArrayList<ItemDraft>();
        items.add(new ItemDraft(Section.POLITICAL_STUDY, pick(random, STUDY), null));
        items.add(new ItemDraft(Section.ETHICS, pick(random, ETHICS), null));
        items.add(new ItemDraft(Section.WORKING_STYLE, pick(random, STYLE), null));
        String[] task = TASKS.get(random.nextInt(TASKS.size()));
        items.add(new ItemDraft(Section.TASK, task[0], task[1]));
        if (random.nextBoolean()) {
            String[] second = TASKS.get(random.nextInt(TASKS.size()));
            if (second != task) {
                items.add(new ItemDraft(Section.TASK, second[0], second[1]));
            }
        }
        return items;
    }

    private static String pick(Random random, List<String> options) {
        return options.get(random.nextInt(options.size()));
    }
}
