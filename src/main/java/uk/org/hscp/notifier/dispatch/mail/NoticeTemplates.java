package uk.org.hscp.notifier.dispatch.mail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Set;

import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.AbstractConfigurableTemplateResolver;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;
import org.thymeleaf.templateresolver.FileTemplateResolver;

import uk.org.hscp.notifier.anonymise.AnonymisedNotice;
import uk.org.hscp.notifier.notices.NoticeKind;

/**
 * The e-mail templates in config/templates/, one pair per kind of notice ({@code decision-notice.txt} and
 * {@code decision-notice.html}), rendered with Thymeleaf (TEXT and HTML modes) from an
 * {@link AnonymisedNotice} only: the variables a template can use are the fields of that notice, formatted
 * (see {@link #variables}). The first line of the text template is {@code Subject: …}. Files in
 * {@code ./config/templates/} win over the copies packaged in the jar.
 */
public final class NoticeTemplates {

    /** What a template produced. */
    public record Rendered(String subject, String text, String html) {
    }

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.UK);
    private static final String SUBJECT = "Subject:";

    private final SpringTemplateEngine engine = new SpringTemplateEngine();

    /** @param configDirectory the operator's config folder; its templates/ is looked in first */
    public NoticeTemplates(Path configDirectory) {
        Path folder = configDirectory.resolve("templates");
        int order = 1;
        if (Files.isDirectory(folder)) {
            var files = new FileTemplateResolver();
            files.setPrefix(folder.toAbsolutePath() + "/");
            engine.addTemplateResolver(configure(files, order++));
        }
        var packaged = new ClassLoaderTemplateResolver(NoticeTemplates.class.getClassLoader());
        packaged.setPrefix("config/templates/");
        engine.addTemplateResolver(configure(packaged, order));
    }

    private static AbstractConfigurableTemplateResolver configure(AbstractConfigurableTemplateResolver resolver,
            int order) {
        resolver.setOrder(order);
        resolver.setCheckExistence(true);
        resolver.setCharacterEncoding("UTF-8");
        resolver.setTemplateMode(TemplateMode.TEXT);
        resolver.setTextTemplateModePatterns(Set.of("*.txt"));
        resolver.setHtmlTemplateModePatterns(Set.of("*.html"));
        resolver.setCacheable(true);
        return resolver;
    }

    /** {@code DECISION_NOTICE} → {@code decision-notice}. */
    public static String templateName(NoticeKind kind) {
        return kind.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public Rendered render(AnonymisedNotice notice) {
        String name = templateName(notice.kind());
        Context context = new Context(Locale.UK);
        context.setVariables(variables(notice));
        String text = engine.process(name + ".txt", context).replace("\r\n", "\n");
        int newline = text.indexOf('\n');
        String first = newline < 0 ? text : text.substring(0, newline);
        if (!first.startsWith(SUBJECT)) {
            throw new IllegalStateException("config/templates/" + name + ".txt must start with a 'Subject:' line");
        }
        String subject = first.substring(SUBJECT.length()).replaceAll("[\\p{Cntrl}]+", " ").replaceAll(" {2,}", " ")
                .strip();
        String body = tidy(newline < 0 ? "" : text.substring(newline + 1));
        context.setVariable("subject", subject);
        String html = engine.process(name + ".html", context);
        return new Rendered(subject, body, html);
    }

    /** Everything a template may show, as plain values. */
    static java.util.Map<String, Object> variables(AnonymisedNotice notice) {
        var v = new java.util.HashMap<String, Object>();
        v.put("kind", notice.kind().name());
        v.put("noticeId", notice.noticeId());
        v.put("aboutCase", notice.aboutCase());
        v.put("caseReference", notice.caseReference());
        v.put("pseudonym", notice.pseudonym());
        v.put("age", notice.ageInYears());
        v.put("ageText", notice.ageInYears() == null ? null
                : notice.ageInYears() == 0 ? "aged under 1" : "aged " + notice.ageInYears());
        v.put("section", notice.section());
        v.put("whatToDo", notice.whatToDo());
        v.put("lines", notice.lines());
        v.put("hasLines", !notice.lines().isEmpty());
        v.put("caseLink", notice.caseLink() == null ? null : notice.caseLink().toString());
        v.put("staffPages", notice.staffPages().toString());
        v.put("recipientRole", notice.recipientRole());
        v.put("preparedDate", DATE.format(notice.preparedAt()));
        v.put("emailReceived", notice.aboutEmailReceivedAt() == null ? null
                : DATE.format(notice.aboutEmailReceivedAt()) + " at " + TIME.format(notice.aboutEmailReceivedAt()));
        var deadline = notice.deadline();
        v.put("hasDeadline", deadline != null);
        v.put("deadlineTitle", deadline == null ? null : deadline.title());
        v.put("deadlineSection", deadline == null ? null : deadline.section());
        v.put("whoMustAct", deadline == null ? null : deadline.whoMustAct());
        v.put("reminderKind", deadline == null ? null : deadline.reminderKind());
        ZonedDateTime due = deadline == null ? null : deadline.due();
        v.put("hasDue", due != null);
        v.put("dueDate", due == null ? null : DATE.format(due));
        v.put("dueWeekday", due == null ? null : due.getDayOfWeek().getDisplayName(java.time.format.TextStyle.FULL, Locale.UK));
        v.put("dueTime", due == null ? null : TIME.format(due));
        v.put("dueWhen", due == null ? "no date yet (a date it depends on has not been recorded)" : when(due));
        v.put("overdue", deadline != null && deadline.overdueAt(notice.preparedAt()));
        return v;
    }

    /** "by the end of Tuesday 30 December 2025" or "by 14:00 on Tuesday 30 December 2025". */
    static String when(ZonedDateTime due) {
        LocalTime time = due.toLocalTime();
        if (!time.isBefore(LocalTime.of(23, 59))) {
            return "by the end of " + DATE.format(due);
        }
        if (time.equals(LocalTime.MIDNIGHT)) {
            return "by the end of " + DATE.format(due.minusDays(1));
        }
        return "by " + TIME.format(due) + " on " + DATE.format(due);
    }

    /** No trailing spaces, at most one empty line in a row, one final newline. */
    private static String tidy(String text) {
        String lines = text.lines().map(String::stripTrailing).reduce((a, b) -> a + "\n" + b).orElse("");
        return lines.replaceAll("\n{3,}", "\n\n").strip() + "\n";
    }
}
