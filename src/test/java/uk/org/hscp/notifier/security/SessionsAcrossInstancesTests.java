package uk.org.hscp.notifier.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.PropertiesLoaderUtils;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.util.TestSocketUtils;

import uk.org.hscp.notifier.ReviewNotifierApplication;
import uk.org.hscp.notifier.support.EmbeddedPostgresHolder;
import uk.org.hscp.notifier.support.StaffHttp;
import uk.org.hscp.notifier.support.StaffLogins;

/**
 * Two instances of the service on one PostgreSQL, as production runs them: a session opened on one is the same
 * session on the other, a password change made on one ends it on both at once, and a session outlives the
 * instance it was opened on.
 */
class SessionsAcrossInstancesTests {

    static ConfigurableApplicationContext first;
    static ConfigurableApplicationContext second;
    static String url;

    @BeforeAll
    static void twoInstancesOnOneDatabase() throws IOException {
        url = EmbeddedPostgresHolder.jdbcUrl("two_instances");
        first = start(url, 31);
        second = start(url, 32);
    }

    @AfterAll
    static void stop() {
        for (ConfigurableApplicationContext instance : new ConfigurableApplicationContext[] {second, first}) {
            if (instance != null) {
                instance.close();
            }
        }
    }

    @Test
    void aPasswordChangedOnOneInstanceEndsTheSessionOpenedOnTheOtherAndSessionsSurviveARestart() throws IOException {
        StaffUsers users = first.getBean(StaffUsers.class);
        PasswordEncoder encoder = first.getBean(PasswordEncoder.class);
        StaffLogins.ensure(users, encoder, "team", StaffRole.HSCP_TEAM, Optional.empty());
        StaffLogins.ensure(users, encoder, "mover", StaffRole.LIG_MEMBER, Optional.of("POLICE"));

        StaffHttp onFirst = StaffHttp.signedIn(port(first), "mover", StaffLogins.PASSWORD);
        StaffHttp onSecond = onFirst.on(port(second));
        assertThat(onFirst.get("/cases").statusCode()).isEqualTo(200);
        assertThat(onSecond.get("/cases").statusCode()).as("the same session on the other instance").isEqualTo(200);
        assertThat(second.getBean(StaffSessions.class).countOf("mover")).isEqualTo(1);

        StaffHttp team = StaffHttp.signedIn(port(second), "team", StaffLogins.PASSWORD);
        team.post("/users/mover/password", Map.of("password", "another long enough password"));

        assertThat(onFirst.get("/cases").headers().firstValue("Location").orElse("")).endsWith("/login");
        assertThat(onSecond.get("/cases").headers().firstValue("Location").orElse("")).endsWith("/login");
        assertThat(first.getBean(JdbcClient.class).sql("SELECT COUNT(*) FROM spring_session WHERE principal_name = 'mover'")
                .query(Integer.class).single()).isZero();
        assertThat(team.get("/cases").statusCode()).isEqualTo(200);

        // the team's session, opened on the second instance, outlives it: a restarted instance knows it
        second.close();
        second = start(url, 33);
        assertThat(team.on(port(second)).get("/cases").statusCode()).isEqualTo(200);
    }

    private static int port(ConfigurableApplicationContext instance) {
        return ((WebServerApplicationContext) instance).getWebServer().getPort();
    }

    private static ConfigurableApplicationContext start(String url, int id) throws IOException {
        // one value per key: Spring joins a key given twice on the command line with a comma
        Map<String, String> settings = new LinkedHashMap<>();
        PropertiesLoaderUtils.loadProperties(new ClassPathResource("service-test.properties"))
                .forEach((key, value) -> settings.put(String.valueOf(key), String.valueOf(value)));
        settings.putAll(Map.of("spring.datasource.url", url,
                "spring.datasource.username", "postgres",
                "spring.datasource.password", "postgres",
                "server.port", "0",
                "HSCP_SMTP_PORT", String.valueOf(TestSocketUtils.findAvailableTcpPort()),
                "HSCP_IMAP_PORT", String.valueOf(TestSocketUtils.findAvailableTcpPort()),
                "spring.artemis.embedded.server-id", String.valueOf(id),
                "spring.quartz.scheduler-name", "notifier-two-instances",
                "hscp.data-dir", "target/test-data/instance-" + id));
        String quartz = "spring.quartz.properties.org.quartz.";
        settings.put(quartz + "jobStore.driverDelegateClass", "org.quartz.impl.jdbcjobstore.PostgreSQLDelegate");
        settings.put(quartz + "jobStore.isClustered", "true");
        settings.put(quartz + "scheduler.instanceId", "AUTO");
        List<String> args = new ArrayList<>();
        settings.forEach((key, value) -> args.add("--" + key + "=" + value));
        return new SpringApplicationBuilder(ReviewNotifierApplication.class).profiles("test")
                .run(args.toArray(String[]::new));
    }
}
