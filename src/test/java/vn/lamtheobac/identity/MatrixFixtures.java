package vn.lamtheobac.identity;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.context.ApplicationContext;
import vn.lamtheobac.TestClock;
import vn.lamtheobac.TestTree;
import vn.lamtheobac.directive.DirectiveCommands.DirectiveContent;
import vn.lamtheobac.directive.DirectiveCommands.DraftDirective;
import vn.lamtheobac.directive.DirectiveManagement;
import vn.lamtheobac.directive.TargetMode;
import vn.lamtheobac.identity.AuthorizationMatrix.Target;
import vn.lamtheobac.initiative.InitiativeCommands.IndicatorInput;
import vn.lamtheobac.initiative.InitiativeCommands.IndicatorValue;
import vn.lamtheobac.initiative.InitiativeCommands.InitiativeContent;
import vn.lamtheobac.initiative.InitiativeCommands.PhotoUpload;
import vn.lamtheobac.initiative.InitiativeCommands.RegisterInitiative;
import vn.lamtheobac.initiative.InitiativeCommands.ReportProgress;
import vn.lamtheobac.initiative.InitiativeField;
import vn.lamtheobac.initiative.InitiativeKind;
import vn.lamtheobac.initiative.InitiativeManagement;

/**
 * The records the matrix asks for, built once per test JVM (every matrix class shares one Spring context): one
 * {@link TestTree}, and for each module records owned in the positions a role sees as its own, a sibling's or an
 * ancestor's.
 */
final class MatrixFixtures {

    private static MatrixFixtures instance;

    final TestTree tree;
    private final ApplicationContext context;
    private final Map<String, Long> ids = new HashMap<>();

    /** Collective models of two sibling cells and of the other ward's cell. */
    static final List<Target> INITIATIVES = List.of(
            new Target("initiative@cellA1", "cellA1", Set.of("cellA1")),
            new Target("initiative@cellA2", "cellA2", Set.of("cellA2")),
            new Target("initiative@cellB1", "cellB1", Set.of("cellB1")));

    /** Collective models in the same positions with a progress update and its photo (so no longer editable). */
    static final List<Target> REPORTED_INITIATIVES = List.of(
            new Target("reported@cellA1", "cellA1", Set.of("cellA1")),
            new Target("reported@cellA2", "cellA2", Set.of("cellA2")),
            new Target("reported@cellB1", "cellB1", Set.of("cellB1")));

    /** Drafts of ward A and ward B (a draft is seen from its issuer's side only) and of the city. */
    static final List<Target> DRAFT_DIRECTIVES = List.of(
            new Target("draft@wardA", "wardA", Set.of("wardA")),
            new Target("draft@wardB", "wardB", Set.of("wardB")),
            new Target("draft@city", "city", Set.of("city")));

    /** A minimal PNG: the photos and attachments the downloads are asked for. */
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 'I', 'H', 'D', 'R'};

    /**
     * A member of cellA1 commended with ward A's Giấy khen: the nomination and the commendation are read over the
     * nominee's cell (and by the nominee), the decision over the deciding ward's subtree.
     */
    static final Target NOMINATION = new Target("nomination@cellA1", "cellA1", Set.of("cellA1"));

    static final Target COMMENDATION = new Target("commendation@cellA1", "cellA1", Set.of("cellA1"));

    static final Target DECISION = new Target("decision@wardA", "wardA", Set.of("wardA"));

    /** The city's annual round of this year, which covers every member and organisation of the tree. */
    long round;

    static synchronized MatrixFixtures get(ApplicationContext context) {
        if (instance == null) {
            instance = new MatrixFixtures(context);
        }
        return instance;
    }

    private MatrixFixtures(ApplicationContext context) {
        this.context = context;
        tree = TestTree.create(context);
        context.getBean(vn.lamtheobac.organization.OrganizationManagement.class)
                .addTerm(
                        new vn.lamtheobac.organization.OrganizationCommands.AddCommitteeTerm(
                                tree.wardB, "2025–2030", LocalDate.of(2025, 1, 1), LocalDate.of(2030, 12, 31)),
                        tree.system);
        var initiatives = context.getBean(InitiativeManagement.class);
        for (var target : java.util.stream.Stream.concat(INITIATIVES.stream(), REPORTED_INITIATIVES.stream())
                .toList()) {
            ids.put(
                    target.key(),
                    initiatives.register(
                            new RegisterInitiative(
                                    InitiativeKind.COLLECTIVE,
                                    org(target.owner()),
                                    null,
                                    new InitiativeContent(
                                            InitiativeField.SOCIAL_WELFARE,
                                            null,
                                            TestClock.TODAY.getYear(),
                                            "Mô hình của " + target.key() + " " + tree.tag,
                                            null,
                                            LocalDate.of(TestClock.TODAY.getYear(), 1, 15),
                                            LocalDate.of(TestClock.TODAY.getYear(), 12, 31),
                                            List.of(new IndicatorInput("Hộ được giúp", new BigDecimal("20"), "hộ")))),
                            tree.system));
        }
        for (var target : REPORTED_INITIATIVES) {
            long id = ids.get(target.key());
            long indicator =
                    initiatives.get(id, tree.system).indicators().get(0).id();
            initiatives.reportProgress(
                    new ReportProgress(
                            id,
                            TestClock.TODAY,
                            List.of(new IndicatorValue(indicator, new BigDecimal("3"))),
                            "Ra quân giúp hộ khó khăn"),
                    List.of(new PhotoUpload("ra-quan.png", PNG)),
                    tree.system);
            ids.put(
                    file(target),
                    initiatives
                            .get(id, tree.system)
                            .progress()
                            .get(0)
                            .photos()
                            .get(0)
                            .fileId());
        }
        round = context.getBean(vn.lamtheobac.evaluation.EvaluationManagement.class)
                .open(
                        new vn.lamtheobac.evaluation.EvaluationCommands.OpenRound(
                                tree.city,
                                TestClock.TODAY.getYear(),
                                vn.lamtheobac.evaluation.RoundKind.ANNUAL,
                                null,
                                null,
                                null),
                        tree.system);
        var directives = context.getBean(DirectiveManagement.class);
        for (var target : DRAFT_DIRECTIVES) {
            ids.put(
                    target.key(),
                    directives.draft(
                            new DraftDirective(
                                    org(target.owner()),
                                    new DirectiveContent(
                                            "KH",
                                            "Kế hoạch của " + target.key() + " " + tree.tag,
                                            "Các chi bộ quán triệt trong kỳ sinh hoạt gần nhất.",
                                            null,
                                            null,
                                            TestClock.TODAY.plusDays(30),
                                            TargetMode.LEVEL,
                                            "CELL",
                                            List.of())),
                            tree.system));
            ids.put(
                    file(target),
                    directives
                            .attach(ids.get(target.key()), "so-do.png", PNG, tree.system)
                            .id());
        }
        commend();
    }

    /** The member's nomination climbs cellA1 → schoolA → wardA, whose standing committee decides it. */
    private void commend() {
        int year = TestClock.TODAY.getYear();
        // the module learns the member's rating of the year from the evaluation module's event, as it learns every one
        context.publishEvent(new vn.lamtheobac.evaluation.EvaluationEvents.RatingDecided(
                0,
                round,
                year,
                vn.lamtheobac.evaluation.Subject.MEMBER,
                tree.memberA1,
                tree.cellA1,
                vn.lamtheobac.evaluation.Rating.GOOD));
        long movement = context.getBean(vn.lamtheobac.recognition.MovementManagement.class)
                .createMovement(
                        new vn.lamtheobac.recognition.RecognitionCommands.CreateMovement(
                                tree.city,
                                "Phong trào của ma trận phân quyền " + tree.tag,
                                "Gần dân, hiểu dân, tin dân, trọng dân.",
                                LocalDate.of(year, 1, 1),
                                LocalDate.of(year, 12, 31),
                                null),
                        tree.scope("officer"));
        var nominations = context.getBean(vn.lamtheobac.recognition.NominationManagement.class);
        long nomination = nominations.nominate(
                new vn.lamtheobac.recognition.RecognitionCommands.Nominate(
                        movement,
                        vn.lamtheobac.recognition.NomineeKind.INDIVIDUAL,
                        null,
                        tree.memberA1,
                        year,
                        "Hoàn thành xuất sắc nhiệm vụ; hướng dẫn tận tình hơn 300 lượt người dân làm thủ tục.",
                        List.of(),
                        "GIAY_KHEN_CO_SO"),
                tree.scope("cellsec"));
        nominations.review(
                new vn.lamtheobac.recognition.RecognitionCommands.Review(
                        nomination, vn.lamtheobac.recognition.ReviewAction.APPROVE_UPWARD, null, null),
                tree.scope("wardsec"));
        var decision = context.getBean(vn.lamtheobac.recognition.DecisionManagement.class)
                .decide(
                        new vn.lamtheobac.recognition.RecognitionCommands.Decide(List.of(nomination), null, null),
                        tree.scope("officer"));
        ids.put(NOMINATION.key(), nomination);
        ids.put(DECISION.key(), decision.id());
        ids.put(COMMENDATION.key(), decision.commendationIds().get(0));
    }

    /** The key of the file a record's download is asked for (a model's photo, a directive's attachment). */
    static String file(Target target) {
        return "file:" + target.key();
    }

    /** The id of the file kept with a target record. */
    long fileId(Target target) {
        return ids.get(file(target));
    }

    ApplicationContext context() {
        return context;
    }

    /** The account id of one of the tree's roles. */
    long account(String role) {
        return context.getBean(org.springframework.jdbc.core.simple.JdbcClient.class)
                .sql("select id from identity.accounts where username = ?")
                .param(tree.username(role))
                .query(Long.class)
                .single();
    }

    /** The id of an organisation of the tree by its key. */
    long org(String key) {
        return switch (key) {
            case "city" -> tree.city;
            case "wardA" -> tree.wardA;
            case "schoolA" -> tree.schoolA;
            case "cellA1" -> tree.cellA1;
            case "cellA2" -> tree.cellA2;
            case "wardB" -> tree.wardB;
            case "cellB1" -> tree.cellB1;
            default -> throw new IllegalArgumentException(key);
        };
    }

    /** The id of a target: an organisation, or one of the records built here. */
    long id(Target target) {
        Long id = ids.get(target.key());
        return id != null ? id : org(target.key());
    }

    String orgParam(Target target) {
        return String.valueOf(org(target.owner()));
    }
}
