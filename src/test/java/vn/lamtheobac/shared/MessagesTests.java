package vn.lamtheobac.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every text a user sees exists in Vietnamese and in English, and every key a page or a rule names exists. */
class MessagesTests {

    static Properties load(String name) throws IOException {
        var properties = new Properties();
        try (var in = MessagesTests.class.getResourceAsStream("/" + name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @Test
    void vietnameseAndEnglishHaveTheSameKeys() throws IOException {
        var vi = load("messages_vi.properties");
        var en = load("messages_en.properties");
        assertThat(new TreeSet<>(en.stringPropertyNames())).isEqualTo(new TreeSet<>(vi.stringPropertyNames()));
        vi.forEach((key, value) -> assertThat((String) value).as(key.toString()).isNotBlank());
        en.forEach((key, value) -> assertThat((String) value).as(key.toString()).isNotBlank());
    }

    @Test
    void vietnameseIsWrittenWithDiacritics() throws IOException {
        var vi = load("messages_vi.properties");
        assertThat(vi.getProperty("person.field.fullName")).isEqualTo("Họ và tên");
        assertThat(vi.getProperty("login.error.bad")).contains("không đúng");
    }

    /** The form of address in the Party is "đồng chí"; "bạn" is for friends, not for a committee's members. */
    @Test
    void membersAreAddressedAsComradesNeverAsBan() throws IOException {
        var ban = Pattern.compile("(?iu)(?<![\\p{L}])bạn(?![\\p{L}])");
        var vi = load("messages_vi.properties");
        assertThat(vi.stringPropertyNames().stream()
                        .filter(key -> ban.matcher(vi.getProperty(key)).find())
                        .toList())
                .as("messages that say \"bạn\"")
                .isEmpty();
        try (Stream<Path> files = Files.walk(Path.of("src/main/resources/templates"))) {
            assertThat(files.filter(Files::isRegularFile)
                            .filter(file -> {
                                try {
                                    return ban.matcher(Files.readString(file)).find();
                                } catch (IOException e) {
                                    throw new java.io.UncheckedIOException(e);
                                }
                            })
                            .map(Path::toString)
                            .toList())
                    .as("templates whose fallback text says \"bạn\"")
                    .isEmpty();
        }
    }

    /** "Phải QT", "Đã QT": abbreviations nobody outside the office reads; the words are written out. */
    @Test
    void noMadeUpAbbreviations() throws IOException {
        var madeUp = Pattern.compile("\\b(QT|ĐV|CB|TC|ĐG|XL|KT|TĐ|CK)\\b");
        var vi = load("messages_vi.properties");
        assertThat(vi.stringPropertyNames().stream()
                        .filter(key -> !key.startsWith("organization.field.abbreviation"))
                        .filter(key -> !key.equals("document.error.noAbbreviation"))
                        .filter(key -> madeUp.matcher(vi.getProperty(key)).find())
                        .map(key -> key + "=" + vi.getProperty(key))
                        .toList())
                .isEmpty();
    }

    /** A sentence left in English in the Vietnamese bundle (or the other way round) shows as the same text in both. */
    @Test
    void sentencesAreTranslated() throws IOException {
        var vi = load("messages_vi.properties");
        var en = load("messages_en.properties");
        assertThat(vi.stringPropertyNames().stream()
                        .filter(key -> vi.getProperty(key).equals(en.getProperty(key)))
                        .filter(key -> vi.getProperty(key).split("\\s+").length >= 4)
                        .toList())
                .isEmpty();
    }

    /** The audit trail names every kind of record in the reader's language. */
    @Test
    void everyAuditedEntityHasItsName() throws IOException {
        var vi = load("messages_vi.properties");
        assertThat(vn.lamtheobac.audit.AuditTrail.entityTypes().stream()
                        .filter(type -> !vi.containsKey("audit.entity." + type))
                        .toList())
                .isEmpty();
        assertThat(vi.getProperty("audit.entity.Commitment")).isEqualTo("Bản cam kết");
    }

    @Test
    void everyKeyUsedByPagesAndCodeExists() throws IOException {
        var vi = load("messages_vi.properties");
        var used = new TreeSet<String>();
        var messageExpression = Pattern.compile("#\\{([a-zA-Z0-9_.]+)[}(]");
        var fragmentLabel = Pattern.compile("'([a-z]+\\.(?:field|membership)\\.[a-zA-Z.]+)'");
        var javaKey = Pattern.compile(
                "\"((?:account|person|organization|discipline|term|token|import|scope|error|directive|dissemination|programme|theme|document|file|notification|tracking|register|inbox|commitment|initiative|evaluation|rule|recognition)\\.[a-zA-Z0-9.]+)\"");
        var validationKey = Pattern.compile(
                "\\{((?:account|person|organization|discipline|term|token|programme|theme|directive)\\.[a-zA-Z0-9.]+)}");
        try (Stream<Path> files = Stream.concat(
                Files.walk(Path.of("src/main/resources/templates")), Files.walk(Path.of("src/main/java")))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String text = Files.readString(file);
                var patterns = file.toString().endsWith(".java")
                        ? new Pattern[] {javaKey, validationKey}
                        : new Pattern[] {messageExpression, fragmentLabel};
                for (var pattern : patterns) {
                    pattern.matcher(text)
                            .results()
                            .map(m -> m.group(1))
                            .filter(k -> !k.endsWith("."))
                            .forEach(used::add);
                }
            }
        }
        used.removeIf(key -> key.endsWith(".xlsx"));
        assertThat(used).isNotEmpty();
        assertThat(used.stream().filter(key -> !vi.containsKey(key)).toList())
                .as("keys missing from messages_vi")
                .isEmpty();
    }

    @Test
    void everyEnumShownOnPagesHasItsLabels() throws IOException {
        var vi = load("messages_vi.properties");
        for (var role : Role.values()) {
            assertThat(vi).containsKey("role." + role);
        }
        for (var c : vn.lamtheobac.people.PersonCategory.values()) {
            assertThat(vi).containsKey("person.category." + c);
        }
        for (var f : vn.lamtheobac.people.DisciplineForm.values()) {
            assertThat(vi).containsKey("discipline.form." + f);
        }
        for (var l : vn.lamtheobac.organization.LevelClass.values()) {
            assertThat(vi).containsKey("organization.level." + l);
        }
        for (var s : vn.lamtheobac.people.ImportJobView.ImportStatus.values()) {
            assertThat(vi).containsKey("import.status." + s);
        }
        for (var s : vn.lamtheobac.directive.DirectiveStatus.values()) {
            assertThat(vi).containsKey("directive.status." + s);
        }
        for (var s : vn.lamtheobac.directive.DisseminationStatus.values()) {
            assertThat(vi).containsKey("dissemination.status." + s);
        }
        for (var f : vn.lamtheobac.directive.DisseminationForm.values()) {
            assertThat(vi).containsKey("dissemination.form." + f);
        }
        for (var c : vn.lamtheobac.directive.AttendeeCategory.values()) {
            assertThat(vi).containsKey("attendee." + c);
        }
        for (var k : vn.lamtheobac.directive.DirectiveEvents.ReminderKind.values()) {
            assertThat(vi).containsKey("notification.reminder." + k);
        }
        for (var s : vn.lamtheobac.commitment.CommitmentStatus.values()) {
            assertThat(vi).containsKey("commitment.status." + s);
        }
        for (var r : vn.lamtheobac.commitment.ItemResult.values()) {
            assertThat(vi).containsKey("commitment.result." + r);
            assertThat(vi).containsKey("notification.commitmentAssessed." + r);
        }
        for (var s : vn.lamtheobac.commitment.Section.values()) {
            assertThat(vi).containsKey("commitment.section." + s);
        }
        for (var r : vn.lamtheobac.evaluation.Rating.values()) {
            assertThat(vi).containsKey("evaluation.rating." + r);
        }
        for (var r : vn.lamtheobac.evaluation.RuleSet.values()) {
            assertThat(vi).containsKey("evaluation.ruleSet." + r);
        }
        for (var k : vn.lamtheobac.evaluation.RoundKind.values()) {
            assertThat(vi).containsKey("evaluation.kind." + k);
        }
        for (var k : vn.lamtheobac.initiative.InitiativeKind.values()) {
            assertThat(vi).containsKey("initiative.kind." + k);
        }
        for (var f : vn.lamtheobac.initiative.InitiativeField.values()) {
            assertThat(vi).containsKey("initiative.field." + f);
        }
        for (var s : vn.lamtheobac.initiative.InitiativeStatus.values()) {
            assertThat(vi).containsKey("initiative.status." + s);
        }
        for (var e : vn.lamtheobac.initiative.Effectiveness.values()) {
            assertThat(vi).containsKey("initiative.evaluation." + e);
        }
        for (var s : vn.lamtheobac.recognition.NominationStatus.values()) {
            assertThat(vi).containsKey("recognition.status." + s);
        }
        for (var k : vn.lamtheobac.recognition.NomineeKind.values()) {
            assertThat(vi).containsKey("recognition.kind." + k);
        }
        for (var k : vn.lamtheobac.recognition.AwardFormKind.values()) {
            assertThat(vi).containsKey("recognition.formKind." + k);
        }
        for (var a : vn.lamtheobac.recognition.ReviewAction.values()) {
            assertThat(vi).containsKey("recognition.action." + a);
        }
        for (var t : vn.lamtheobac.programme.ThemeKind.values()) {
            assertThat(vi).containsKey("theme.kind." + t);
        }
        for (var a : vn.lamtheobac.audit.AuditTrail.actions()) {
            assertThat(vi).containsKey("audit.action." + a);
        }
    }
}
