package vn.lamtheobac.notification;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;
import vn.lamtheobac.commitment.CommitmentEvents.CommitmentAcknowledged;
import vn.lamtheobac.commitment.CommitmentEvents.CommitmentAssessed;
import vn.lamtheobac.commitment.CommitmentEvents.CommitmentReminderRequested;
import vn.lamtheobac.commitment.CommitmentEvents.CommitmentReturned;
import vn.lamtheobac.commitment.CommitmentEvents.CommitmentSubmitted;
import vn.lamtheobac.directive.DirectiveEvents.DirectiveIssued;
import vn.lamtheobac.directive.DirectiveEvents.DisseminationReminderDue;
import vn.lamtheobac.evaluation.EvaluationEvents.RatingDecided;
import vn.lamtheobac.evaluation.EvaluationEvents.RoundOpened;
import vn.lamtheobac.evaluation.EvaluationRounds;
import vn.lamtheobac.evaluation.Subject;
import vn.lamtheobac.identity.AccountManagement;
import vn.lamtheobac.identity.AccountManagement.Recipient;
import vn.lamtheobac.people.PersonManagement;
import vn.lamtheobac.shared.NotFoundException;
import vn.lamtheobac.shared.PageRequest;
import vn.lamtheobac.shared.Paged;
import vn.lamtheobac.shared.Role;
import vn.lamtheobac.shared.Scope;
import vn.lamtheobac.shared.VietnamTime;

/**
 * Turns events into notifications for the secretaries and officers of the organisations concerned, and shows each
 * reader their own. Listeners run after the publishing transaction commits, from the event publication registry, so
 * a notification is never sent for a change that was rolled back.
 */
@Service
@Transactional(readOnly = true)
public class NotificationCenter {

    private static final Logger log = LoggerFactory.getLogger(NotificationCenter.class);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final Role[] RECIPIENT_ROLES = {Role.SECRETARY, Role.OFFICER};

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final AccountManagement accounts;
    private final PersonManagement people;
    private final EvaluationRounds rounds;
    private final MessageSource messages;
    private final ObjectProvider<JavaMailSender> mail;

    NotificationCenter(
            JdbcClient jdbc,
            JsonMapper json,
            AccountManagement accounts,
            PersonManagement people,
            EvaluationRounds rounds,
            MessageSource messages,
            ObjectProvider<JavaMailSender> mail) {
        this.jdbc = jdbc;
        this.json = json;
        this.accounts = accounts;
        this.people = people;
        this.rounds = rounds;
        this.messages = messages;
        this.mail = mail;
    }

    @ApplicationModuleListener
    void on(DirectiveIssued issued) {
        for (long target : issued.targetIds()) {
            notify(
                    accounts.holders(target, RECIPIENT_ROLES),
                    "notification.directiveIssued",
                    List.of(issued.symbol(), issued.title(), date(issued.deadline())),
                    "/app/directives/" + issued.id() + "/targets/" + target);
        }
    }

    @ApplicationModuleListener
    void on(DisseminationReminderDue due) {
        notify(
                accounts.holders(due.organizationId(), RECIPIENT_ROLES),
                "notification.reminder." + due.kind(),
                List.of(due.symbol(), due.title(), date(due.deadline())),
                "/app/directives/" + due.directiveId() + "/targets/" + due.organizationId());
    }

    @ApplicationModuleListener
    void on(CommitmentReminderRequested reminder) {
        accounts.accountOf(reminder.personId())
                .ifPresent(account -> notify(
                        List.of(account),
                        "notification.commitmentReminder",
                        List.of(String.valueOf(reminder.year()), reminder.organizationName()),
                        "/app/commitments/mine?year=" + reminder.year()));
    }

    /** A member handed in their commitment: the secretaries of their organisation acknowledge or return it. */
    @ApplicationModuleListener
    void on(CommitmentSubmitted submitted) {
        var recipients = accounts.holders(submitted.organizationId(), RECIPIENT_ROLES).stream()
                .filter(r -> r.personId() == null || r.personId() != submitted.personId())
                .toList();
        String name = people.names(List.of(submitted.personId())).get(submitted.personId());
        notify(
                recipients,
                "notification.commitmentSubmitted",
                List.of(String.valueOf(name), String.valueOf(submitted.year())),
                "/app/commitments/" + submitted.id());
    }

    @ApplicationModuleListener
    void on(CommitmentAcknowledged acknowledged) {
        toMember(
                acknowledged.personId(),
                acknowledged.year(),
                "notification.commitmentAcknowledged",
                List.of(String.valueOf(acknowledged.year())));
    }

    @ApplicationModuleListener
    void on(CommitmentReturned returned) {
        toMember(
                returned.personId(),
                returned.year(),
                "notification.commitmentReturned",
                List.of(String.valueOf(returned.year()), returned.reason()));
    }

    /** The outcome is part of the kind, so it is shown in the reader's language. */
    @ApplicationModuleListener
    void on(CommitmentAssessed assessed) {
        toMember(
                assessed.personId(),
                assessed.year(),
                "notification.commitmentAssessed." + assessed.outcome().name(),
                List.of(String.valueOf(assessed.year())));
    }

    private void toMember(long personId, int year, String kind, List<String> args) {
        accounts.accountOf(personId)
                .ifPresent(account -> notify(List.of(account), kind, args, "/app/commitments/mine?year=" + year));
    }

    /** Each member of a new round is asked to self-assess, with a link to their own evaluation. */
    @ApplicationModuleListener
    void on(RoundOpened opened) {
        rounds.memberEvaluations(opened.roundId())
                .forEach((person, evaluation) -> accounts.accountOf(person)
                        .ifPresent(account -> notify(
                                List.of(account),
                                "notification.roundOpened",
                                List.of(opened.organizationName(), opened.title(), String.valueOf(opened.year())),
                                "/app/evaluations/items/" + evaluation)));
    }

    /** A member learns their decided (or corrected) rating. */
    @ApplicationModuleListener
    void on(RatingDecided decided) {
        if (decided.subject() != Subject.MEMBER || decided.personId() == null) {
            return;
        }
        accounts.accountOf(decided.personId())
                .ifPresent(account -> notify(
                        List.of(account),
                        "notification.ratingDecided." + decided.rating().name(),
                        List.of(String.valueOf(decided.year())),
                        "/app/evaluations/items/" + decided.evaluationId()));
    }

    /** The caller's notifications, newest first. */
    public Paged<NotificationView> mine(PageRequest page, Scope scope) {
        var rows = jdbc.sql("""
                        select id, kind, args::text, link, created_at, read_at from notification.notifications
                        where account_id = ? order by id desc limit ? offset ?
                        """)
                .params(scope.accountId(), page.size(), page.offset())
                .query((rs, i) -> new NotificationView(
                        rs.getLong(1),
                        rs.getString(2),
                        json.readValue(rs.getString(3), new TypeReference<List<String>>() {}),
                        rs.getString(4),
                        VietnamTime.local(rs.getTimestamp(5).toInstant()),
                        rs.getTimestamp(6) != null))
                .list();
        long total = jdbc.sql("select count(*) from notification.notifications where account_id = ?")
                .param(scope.accountId())
                .query(Long.class)
                .single();
        return Paged.of(rows, page.number(), page.size(), total);
    }

    public int unread(Scope scope) {
        return jdbc.sql("select count(*) from notification.notifications where account_id = ? and read_at is null")
                .param(scope.accountId())
                .query(Integer.class)
                .single();
    }

    /** Marks one of the caller's notifications read and returns where it leads. */
    @Transactional
    public String open(long id, Scope scope) {
        return jdbc.sql("""
                        update notification.notifications set read_at = coalesce(read_at, now())
                        where id = ? and account_id = ? returning link
                        """)
                .params(id, scope.accountId())
                .query(String.class)
                .optional()
                .orElseThrow(() -> new NotFoundException("Notification", id));
    }

    /** Where one of the caller's notifications leads, without marking it read (reading changes nothing). */
    @Transactional(readOnly = true)
    public String link(long id, Scope scope) {
        return jdbc.sql("select link from notification.notifications where id = ? and account_id = ?")
                .params(id, scope.accountId())
                .query(String.class)
                .optional()
                .orElseThrow(() -> new NotFoundException("Notification", id));
    }

    @Transactional
    public int markAllRead(Scope scope) {
        return jdbc.sql(
                        "update notification.notifications set read_at = now() where account_id = ? and read_at is null")
                .param(scope.accountId())
                .update();
    }

    /** Writes one notification per recipient and e-mails it when SMTP is configured; for this module's listeners. */
    void notify(List<Recipient> recipients, String kind, List<String> args, String link) {
        String argsJson = json.writeValueAsString(args);
        for (var recipient : recipients) {
            jdbc.sql("insert into notification.notifications (account_id, kind, args, link) values (?, ?, ?::jsonb, ?)")
                    .params(recipient.accountId(), kind, argsJson, link)
                    .update();
        }
        mail.ifAvailable(sender -> email(sender, recipients, kind, args));
    }

    /** E-mail in Vietnamese to recipients whose person record has an address; a failure never loses the notification. */
    private void email(JavaMailSender sender, List<Recipient> recipients, String kind, List<String> args) {
        var personIds = new ArrayList<Long>();
        recipients.stream().filter(r -> r.personId() != null).forEach(r -> personIds.add(r.personId()));
        var addresses = people.emails(personIds);
        Locale vietnamese = Locale.forLanguageTag("vi");
        String text = messages.getMessage(kind, args.toArray(), kind, vietnamese);
        for (String address : addresses.values()) {
            var message = new SimpleMailMessage();
            message.setTo(address);
            message.setSubject(messages.getMessage("notification.mail.subject", null, vietnamese));
            message.setText(text);
            try {
                sender.send(message);
            } catch (MailException e) {
                log.warn("Could not e-mail a notification to {}", address, e);
            }
        }
    }

    static String date(java.time.LocalDate date) {
        return date == null ? "—" : DATE.format(date);
    }
}
