package vn.lamtheobac.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import vn.lamtheobac.IntegrationTest;
import vn.lamtheobac.TestTree;

/**
 * What axe-core reported as serious or critical, checked where it is cheap to check: colours in the stylesheet, the
 * rendered notification bell, and every template's header cells, icon-only controls and organisation pickers. The
 * browser journeys run axe itself over the rendered pages.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessibilityTests {

    private static final Path TEMPLATES = Path.of("src/main/resources/templates");

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    TestTree tree;

    @BeforeAll
    void buildTree() {
        tree = TestTree.create(context);
    }

    /** WCAG 2.1 relative luminance of #rrggbb. */
    static double luminance(String hex) {
        double[] channels = new double[3];
        for (int i = 0; i < 3; i++) {
            double c = Integer.parseInt(hex.substring(1 + 2 * i, 3 + 2 * i), 16) / 255.0;
            channels[i] = c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * channels[0] + 0.7152 * channels[1] + 0.0722 * channels[2];
    }

    static double contrast(String foreground, String background) {
        double a = luminance(foreground);
        double b = luminance(background);
        return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
    }

    static String cssColour(String css, String selector, String property) {
        var rule = Pattern.compile(Pattern.quote(selector) + "\\s*\\{([^}]*)}").matcher(css);
        assertThat(rule.find()).as(selector).isTrue();
        var value = Pattern.compile("(?<![-\\w])" + property + "\\s*:\\s*(#[0-9a-fA-F]{6})")
                .matcher(rule.group(1));
        assertThat(value.find()).as(selector + " " + property).isTrue();
        return value.group(1);
    }

    @Test
    void sidebarHeadingsAreReadableOnThePageBackground() throws IOException {
        String css = Files.readString(Path.of("src/main/resources/static/css/app.css"));
        String heading = cssColour(css, ".app-sidebar .nav-heading", "color");
        // on a wide screen Bootstrap's offcanvas-lg makes the sidebar transparent: the page's background shows
        String page = cssColour(css, "body.app", "background");
        assertThat(contrast(heading, page)).isGreaterThanOrEqualTo(4.5);
        assertThat(contrast(heading, "#ffffff")).isGreaterThanOrEqualTo(4.5);
    }

    /** Bootstrap's link and outline colours are made for white; on the page's grey they fell to 4.19–4.37:1. */
    @Test
    void linksAndOutlineButtonsAreReadableOnThePageBackground() throws IOException {
        String css = Files.readString(Path.of("src/main/resources/static/css/app.css"));
        String page = cssColour(css, "body.app", "background");
        var colours = List.of(
                cssColour(css, ":root", "--bs-link-color"),
                cssColour(css, ".btn-outline-primary", "--bs-btn-color"),
                cssColour(css, ".btn-outline-secondary", "--bs-btn-color"),
                cssColour(css, ".btn-outline-danger", "--bs-btn-color"),
                cssColour(css, ".btn-outline-warning", "--bs-btn-color"),
                cssColour(css, ":root", "--bs-danger"));
        for (String colour : colours) {
            assertThat(contrast(colour, page)).as(colour).isGreaterThanOrEqualTo(4.5);
            assertThat(contrast(colour, "#ffffff")).as(colour).isGreaterThanOrEqualTo(4.5);
        }
    }

    /** Several small forms on one page (rename, move, merge; correct, supersede, withdraw) once shared field ids. */
    @Test
    void idsAreUniqueOnAPageWithSeveralForms() throws Exception {
        String page = mvc.perform(get("/app/organizations/{id}", tree.wardA).with(user(tree.user("officer"))))
                .andReturn()
                .getResponse()
                .getContentAsString();
        // hidden version fields repeat too, but nothing refers to them
        var ids = Pattern.compile("\\sid=\"([^\"]+)\"")
                .matcher(page)
                .results()
                .map(m -> m.group(1))
                .filter(id -> !id.equals("version"))
                .toList();
        assertThat(ids).doesNotHaveDuplicates().contains("merge-on", "term-name", "name");
    }

    /** A field name used by several forms of a page is told apart by each form's idPrefix (see fragments/forms). */
    @Test
    void aFieldNameRepeatedOnAPageGetsAPrefixedId() throws IOException {
        var form = Pattern.compile("(?s)<form(\\s[^>]*)>(.*?)</form>");
        var field = Pattern.compile("forms :: (?:textField|dateField|enumSelect)\\('([a-zA-Z]+)'");
        var repeated = new ArrayList<String>();
        for (String file : templates()) {
            var names = new ArrayList<String>();
            var forms = form.matcher(Files.readString(Path.of(file)));
            while (forms.find()) {
                var prefix = Pattern.compile("idPrefix='([a-z]+)'").matcher(forms.group(1));
                String id = prefix.find() ? prefix.group(1) + "-" : "";
                field.matcher(forms.group(2))
                        .results()
                        .map(m -> id + m.group(1))
                        .forEach(names::add);
            }
            names.stream()
                    .distinct()
                    .filter(name -> java.util.Collections.frequency(names, name) > 1)
                    .forEach(name -> repeated.add(file + ": " + name));
        }
        assertThat(repeated).isEmpty();
    }

    @Test
    void filterTabsThatAreLinksAreNotAnnouncedAsTabs() throws IOException {
        assertThat(offending(Pattern.compile("role=\"tablist\""), m -> true)).isEmpty();
    }

    @Test
    void theNotificationBellSaysWhatItIs() throws Exception {
        String bell = mvc.perform(
                        get("/app/notifications").header("HX-Request", "true").with(user(tree.user("officer"))))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(bell)
                .contains("id=\"notification-bell\"")
                .contains("aria-label=\"Thông báo (")
                .contains("<span class=\"visually-hidden\">Thông báo (");
        assertThat(bell).contains("aria-hidden=\"true\"");
    }

    static List<String> templates() throws IOException {
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            return files.filter(Files::isRegularFile)
                    .map(Path::toString)
                    .sorted()
                    .toList();
        }
    }

    static List<String> offending(Pattern element, java.util.function.Predicate<Matcher> bad) throws IOException {
        return offending(element, (page, m) -> bad.test(m));
    }

    static List<String> offending(Pattern element, java.util.function.BiPredicate<String, Matcher> bad)
            throws IOException {
        var found = new ArrayList<String>();
        for (String file : templates()) {
            String page = Files.readString(Path.of(file));
            var matcher = element.matcher(page);
            while (matcher.find()) {
                if (bad.test(page, matcher)) {
                    found.add(file + ": " + matcher.group().replaceAll("\\s+", " "));
                }
            }
        }
        return found;
    }

    static String text(String html) {
        return html.replaceAll("(?s)<[^>]*aria-hidden=\"true\"[^>]*>.*?</[a-z]+>", "")
                .replaceAll("<[^>]+>", "")
                .strip();
    }

    @Test
    void everyHeaderCellHasAScopeAndAName() throws IOException {
        var th = Pattern.compile("(?s)<th(\\s[^>]*)?>(.*?)</th>");
        assertThat(offending(th, m -> m.group(1) == null || !m.group(1).contains("scope=")))
                .as("header cells without scope")
                .isEmpty();
        assertThat(offending(
                        th,
                        m -> !(m.group(1) + m.group(2)).contains("th:text")
                                && text(m.group(2)).isEmpty()))
                .as("empty header cells")
                .isEmpty();
    }

    @Test
    void everyButtonAndLinkHasAName() throws IOException {
        for (String tag : List.of("button", "a")) {
            var element = Pattern.compile("(?s)<" + tag + "(\\s[^>]*)?>(.*?)</" + tag + ">");
            assertThat(offending(element, m -> {
                        String attributes = m.group(1) == null ? "" : m.group(1);
                        return !attributes.contains("aria-label")
                                && !attributes.contains("th:text")
                                && !attributes.contains("th:replace")
                                && !m.group(2).contains("th:text")
                                && !m.group(2).contains("alt=")
                                && text(m.group(2)).isEmpty();
                    }))
                    .as("<%s> without a name", tag)
                    .isEmpty();
        }
    }

    /** The organisation pickers: a search box with its label, then the list of matches, which needs one too. */
    @Test
    void theListOfAPickerHasAName() throws IOException {
        var select = Pattern.compile("(?s)<select(\\s[^>]*)>");
        var field = Pattern.compile("th:field=\"\\*\\{([^}]+)}\"");
        var id = Pattern.compile("\\sid=\"([^\"]+)\"");
        assertThat(offending(select, (page, m) -> {
                    var bound = field.matcher(m.group(1));
                    var explicit = id.matcher(m.group(1));
                    String labelled = explicit.find() ? explicit.group(1) : null;
                    return bound.find()
                            && !bound.group(1).contains("__")
                            && !m.group(1).contains("aria-label")
                            && !page.contains("for=\"" + bound.group(1) + "\"")
                            && (labelled == null || !page.contains("for=\"" + labelled + "\""));
                }))
                .as("lists without a label")
                .isEmpty();
    }
}
