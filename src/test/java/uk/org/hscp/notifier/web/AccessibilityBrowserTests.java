package uk.org.hscp.notifier.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;

import uk.org.hscp.notifier.security.StaffUsers;
import uk.org.hscp.notifier.security.StaffRole;
import uk.org.hscp.notifier.support.Browser;
import uk.org.hscp.notifier.support.Database;
import uk.org.hscp.notifier.support.MutableClock;
import uk.org.hscp.notifier.support.ServiceTest;
import uk.org.hscp.notifier.support.StaffLogins;
import uk.org.hscp.notifier.support.TestMailbox;

/**
 * WCAG 2.2 AA, as UK public-sector services must meet it: every page each role can reach (found by following
 * the links of the pages themselves, so a new page is checked as soon as it is linked), the sign-in page and
 * the error pages pass axe-core with no serious or critical violation.
 */
@ServiceTest
class AccessibilityBrowserTests {

    private static final List<String> WCAG_22_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");
    private static final Set<String> BLOCKING = Set.of("serious", "critical");
    private static final int MAX_PAGES_PER_ROLE = 60;

    @LocalServerPort int port;
    @Autowired JdbcClient jdbc;
    @Autowired StaffUsers users;
    @Autowired PasswordEncoder encoder;
    @Autowired TestMailbox mailbox;
    @Autowired MutableClock clock;

    Browser browser;
    final List<String> violations = new ArrayList<>();

    @BeforeEach
    void start() {
        clock.set(Instant.parse("2026-11-23T09:00:00Z"));
        Database.clean(jdbc);
        StaffLogins.ensure(users, encoder, "team", StaffRole.HSCP_TEAM, Optional.empty());
        StaffLogins.ensure(users, encoder, "police-lig", StaffRole.LIG_MEMBER, Optional.of("POLICE"));
        StaffLogins.ensure(users, encoder, "auditor", StaffRole.AUDITOR, Optional.empty());
        browser = new Browser(port);
    }

    @AfterEach
    void stop() {
        browser.close();
    }

    @Test
    void everyPageOfEveryRolePassesAxe() {
        String reference = aCaseWithFormsDeliveriesAndAQuarantinedEmail();

        check("/login", "anonymous");
        Set<String> team = crawl("team");
        Set<String> lig = crawl("police-lig");
        Set<String> auditor = crawl("auditor");
        browser.signIn("team", StaffLogins.PASSWORD);
        check("/cases/HSCP-2099-9999", "team (page not found)");
        browser.signOut();
        browser.signIn("police-lig", StaffLogins.PASSWORD);
        check("/quarantine", "police-lig (forbidden)");

        assertThat(team).as("pages the HSCP team reached").contains("/", "/cases", "/cases/{ref}", "/quarantine",
                "/quarantine/{n}", "/deliveries", "/deliveries/{n}", "/meetings", "/settings", "/audit", "/users");
        assertThat(team).anyMatch(p -> p.startsWith("/cases/{ref}/events/new"));
        assertThat(lig).as("pages a LIG member reached").contains("/", "/cases", "/cases/{ref}");
        assertThat(auditor).as("pages an auditor reached").contains("/deliveries", "/audit");
        assertThat(reference).isNotBlank();
        assertThat(violations).as("serious or critical WCAG 2.2 AA violations").isEmpty();
    }

    /** Signs in as the user and visits every page reachable by links, one of each kind of page. */
    private Set<String> crawl(String username) {
        browser.signIn(username, StaffLogins.PASSWORD);
        Set<String> kinds = new TreeSet<>();
        Set<String> seen = new LinkedHashSet<>();
        Deque<String> queue = new ArrayDeque<>(List.of("/"));
        while (!queue.isEmpty() && kinds.size() < MAX_PAGES_PER_ROLE) {
            String path = queue.removeFirst();
            if (!kinds.add(kindOf(path))) {
                continue;
            }
            check(path, username);
            for (WebElement link : browser.driver().findElements(By.cssSelector("a[href]"))) {
                linkedPage(link.getAttribute("href")).filter(seen::add).ifPresent(queue::addLast);
            }
        }
        browser.signOut();
        return kinds;
    }

    private void check(String path, String who) {
        browser.open(path);
        await().atMost(Duration.ofSeconds(10)).until(() -> browser.driver().executeScript(
                "return document.readyState").equals("complete"));
        for (Rule rule : new AxeBuilder().withTags(WCAG_22_AA).analyze(browser.driver()).getViolations()) {
            if (BLOCKING.contains(rule.getImpact())) {
                violations.add(who + " " + path + ": " + rule.getId() + " (" + rule.getImpact() + ") " + rule.getHelp()
                        + " at " + rule.getNodes().stream().map(n -> String.valueOf(n.getTarget())).toList());
            }
        }
    }

    /** A page of this service to visit: same origin, a page (not a download, an asset or signing out). */
    private Optional<String> linkedPage(String href) {
        if (href == null) {
            return Optional.empty();
        }
        URI uri = URI.create(href);
        if (uri.getPort() != port || !"localhost".equals(uri.getHost())) {
            return Optional.empty();
        }
        String path = uri.getRawPath();
        if (path.endsWith(".csv") || path.endsWith(".eml") || path.endsWith(".ics") || path.startsWith("/webjars")
                || path.startsWith("/assets") || path.startsWith("/actuator") || path.startsWith("/api")
                || path.contains("logout") || path.contains("download") || path.contains("/raw")) {
            return Optional.empty();
        }
        return Optional.of(uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery());
    }

    /** One visit per kind of page: ids and case references stand for any, query values do not matter. */
    static String kindOf(String pathAndQuery) {
        String[] parts = pathAndQuery.split("\\?", 2);
        String path = parts[0].replaceAll("HSCP-\\d{4}-\\d{4}", "{ref}").replaceAll("/\\d+", "/{n}");
        if (parts.length == 1) {
            return path;
        }
        Set<String> names = new TreeSet<>();
        for (String pair : parts[1].split("&")) {
            names.add(pair.split("=", 2)[0]);
        }
        return path + "?" + String.join("&", names);
    }

    /** A referral (a case with its form, summary requests and an acknowledgement) and an unknown sender's e-mail. */
    private String aCaseWithFormsDeliveriesAndAQuarantinedEmail() {
        mailbox.deliver(TestMailbox.sample("good/referral-101-00.eml"));
        mailbox.deliver(TestMailbox.sample("bad/unknown-sender.eml"));
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.sql(
                "SELECT COUNT(*) FROM inbound_email WHERE outcome = 'QUARANTINED'").query(Integer.class).single() > 0);
        String reference = await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.sql("""
                SELECT c.reference FROM review_case c
                WHERE EXISTS (SELECT 1 FROM case_form f WHERE f.case_id = c.id)
                  AND EXISTS (SELECT 1 FROM deadline d WHERE d.case_id = c.id)""")
                .query(String.class).optional(), Optional::isPresent).get();
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.sql(
                "SELECT COUNT(*) FROM delivery WHERE status = 'SENT'").query(Integer.class).single() > 0);
        return reference;
    }
}
