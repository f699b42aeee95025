package uk.org.hscp.notifier.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

import uk.org.hscp.notifier.security.StaffUsers;
import uk.org.hscp.notifier.security.StaffRole;
import uk.org.hscp.notifier.support.Browser;
import uk.org.hscp.notifier.support.Database;
import uk.org.hscp.notifier.support.ServiceTest;
import uk.org.hscp.notifier.support.StaffLogins;

/** The HSCP team adds a LIG member, who signs in with the LIG member's rights until the team disables them. */
@ServiceTest
class StaffUsersBrowserTests {

    static final String NEW_PASSWORD = "a long enough passphrase";

    @LocalServerPort int port;
    @Autowired JdbcClient jdbc;
    @Autowired StaffUsers users;
    @Autowired PasswordEncoder encoder;

    Browser team;
    Browser member;

    @BeforeEach
    void start() {
        Database.clean(jdbc);
        StaffLogins.ensure(users, encoder, "team", StaffRole.HSCP_TEAM, Optional.empty());
        team = new Browser(port);
        member = new Browser(port);
    }

    @AfterEach
    void stop() {
        team.close();
        member.close();
    }

    @Test
    void theTeamAddsALigMemberWhoSignsInWithTheirRightsUntilDisabled() {
        team.signIn("team", StaffLogins.PASSWORD);
        team.follow(By.linkText("Staff users"));
        team.follow(By.id("add-user"));

        team.find(By.id("username")).sendKeys("jo.police");
        team.find(By.id("displayName")).sendKeys("Jo Whitcombe");
        team.find(By.id("role-LIG_MEMBER")).click();
        team.find(By.id("password")).sendKeys("too short");
        team.follow(By.id("save-user"));
        assertThat(team.findAll(By.cssSelector(".govuk-error-summary a"))).extracting(a -> a.getText())
                .containsExactly("Select the agency of the LIG member", "The password must be at least 12 characters");
        assertThat(team.find(By.id("username")).getAttribute("value")).isEqualTo("jo.police");
        assertThat(team.find(By.id("password")).getAttribute("value")).as("a password is never sent back").isEmpty();

        new Select(team.find(By.id("agency"))).selectByValue("POLICE");
        team.find(By.id("password")).sendKeys(NEW_PASSWORD);
        team.follow(By.id("save-user"));
        assertThat(team.find(By.id("saved")).getText()).contains("The user is added");
        assertThat(team.find(By.id("agency")).getText()).isEqualTo("Hampshire and Isle of Wight Constabulary");
        assertThat(jdbc.sql("SELECT password_hash FROM staff_user WHERE username = 'jo.police'").query(String.class)
                .single()).startsWith("{bcrypt}").doesNotContain(NEW_PASSWORD);

        member.signIn("jo.police", NEW_PASSWORD);
        assertThat(member.heading()).isEqualTo("Today");
        assertThat(member.find(By.id("navigation")).getText()).contains("Cases").doesNotContain("Staff users",
                "Quarantine");
        member.open("/users");
        assertThat(member.heading()).isEqualTo("You cannot open this page");

        team.open("/users");
        assertThat(team.find(By.cssSelector("tr[data-username='jo.police']")).getText())
                .contains("Jo Whitcombe", "LIG member", "Hampshire and Isle of Wight Constabulary", "Can sign in");
        team.screenshot("users");
        team.follow(By.linkText("jo.police"));
        team.follow(By.id("toggle-enabled"));
        assertThat(team.find(By.id("status")).getText()).isEqualTo("Disabled");

        member.open("/cases");
        assertThat(member.path()).as("the open session ended").startsWith("/login");
        member.signIn("jo.police", NEW_PASSWORD);
        assertThat(member.path()).startsWith("/login?error");
        assertThat(jdbc.sql("SELECT action || ' ' || subject FROM audit_event WHERE username = 'team' AND action LIKE '%USER'")
                .query(String.class).list()).containsExactly("ADD_USER jo.police", "DISABLE_USER jo.police");
    }

    @Test
    void noOneDisablesThemselves() {
        team.signIn("team", StaffLogins.PASSWORD);
        team.open("/users/team");
        assertThat(team.findAll(By.id("toggle-enabled"))).isEmpty();
    }
}
