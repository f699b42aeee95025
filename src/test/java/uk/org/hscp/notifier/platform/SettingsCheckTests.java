package uk.org.hscp.notifier.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.mock.env.MockEnvironment;

/** Start-up names every bad setting at once, in one message, before any part of the service starts. */
class SettingsCheckTests {

    @Test
    void theShippedSettingsPassOutsideProduction() {
        assertThat(SettingsCheck.problems(shipped())).isEmpty();
    }

    @Test
    void everyBadSettingOfEveryFileIsNamedInOneMessage() {
        MockEnvironment environment = shipped()
                .withProperty("hscp.recipients.roles.OFSTED[0]", "not an address")
                .withProperty("hscp.recipients.roles.DFE[0]", "")
                // a list set here replaces the file's list whole
                .withProperty("hscp.agencies[0].code", "")
                .withProperty("hscp.agencies[0].domains[0]", "hampshire.police.uk")
                .withProperty("hscp.mailboxes[0].name", "hscp")
                .withProperty("hscp.mailboxes[0].protocol", "pop3")
                .withProperty("hscp.mailboxes[0].host", "")
                .withProperty("hscp.mailboxes[0].port", "993")
                .withProperty("hscp.mailboxes[0].username", "hscp@hants.gov.uk");

        assertThatThrownBy(() -> check(environment))
                .isInstanceOfSatisfying(SettingsCheck.InvalidSettings.class, e -> assertThat(e.problems())
                        .anyMatch(p -> p.contains("hscp.recipients.roles.OFSTED[0]") && p.contains("not an e-mail address"))
                        .anyMatch(p -> p.contains("hscp.recipients.roles.DFE[0]"))
                        .anyMatch(p -> p.contains("an agency has no code") && p.contains("hscp.agencies[0]"))
                        .anyMatch(p -> p.contains("hscp.mailboxes[0].protocol"))
                        .anyMatch(p -> p.contains("hscp.mailboxes[0].host")))
                .hasMessageContaining("setting(s) to put right");
    }

    @Test
    void productionNamesEveryPlaceholderAndEveryMissingVariableAtOnce() {
        MockEnvironment environment = shipped()
                .withProperty("hscp.recipients.roles.NATIONAL_PANEL[0]", "panel@example.org");
        load(environment, "config/application-production.yml", true);
        environment.setActiveProfiles("production");

        assertThatThrownBy(() -> check(environment))
                .isInstanceOfSatisfying(SettingsCheck.InvalidSettings.class, e -> {
                    List<String> problems = e.problems();
                    // every shipped placeholder of config/recipients.yml at once, not one per attempt
                    assertThat(problems).filteredOn(p -> p.contains("still holds the placeholder")).hasSize(17)
                            .anyMatch(p -> p.contains("hscp.recipients.roles.INDEPENDENT_CHAIR"))
                            .anyMatch(p -> p.contains("hscp.recipients.lig-member-agencies.PROBATION"));
                    assertThat(problems).as("the README's example domain is a real one").noneMatch(p -> p.contains("example.org"));
                    assertThat(problems).anyMatch(p -> p.contains("HSCP_DB_URL"))
                            .anyMatch(p -> p.contains("HSCP_BROKER_URL"))
                            .anyMatch(p -> p.contains("HSCP_SMTP_HOST"))
                            .anyMatch(p -> p.contains("HSCP_BASE_URL"));
                });
    }

    private static void check(MockEnvironment environment) {
        var settings = new SettingsCheck();
        settings.setEnvironment(environment);
        settings.postProcessBeanFactory(new DefaultListableBeanFactory());
    }

    /** What config/application.yml, agencies.yml and recipients.yml set, as the service reads them. */
    private static MockEnvironment shipped() {
        MockEnvironment environment = new MockEnvironment();
        for (String file : List.of("config/application.yml", "config/agencies.yml", "config/recipients.yml")) {
            load(environment, file, false);
        }
        return environment;
    }

    private static void load(MockEnvironment environment, String file, boolean first) {
        try {
            for (var source : new org.springframework.boot.env.YamlPropertySourceLoader()
                    .load(file, new org.springframework.core.io.FileSystemResource(file))) {
                if (first) {
                    environment.getPropertySources().addFirst(source);
                } else {
                    environment.getPropertySources().addLast(source);
                }
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
