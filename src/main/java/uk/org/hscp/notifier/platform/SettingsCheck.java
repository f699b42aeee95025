package uk.org.hscp.notifier.platform;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.core.io.support.SpringFactoriesLoader;
import org.springframework.stereotype.Component;

/**
 * Checks every operator-edited setting before any part of the service starts, and stops start-up with one
 * message naming every bad setting, so that an operator fixes them all in one go instead of one per attempt.
 * Each module checks its own settings ({@link Part}, listed in META-INF/spring.factories: recipients and their
 * placeholders, agencies and mailboxes, timescales and bank holidays); this class adds the production
 * profile's environment variables. The modules check their settings again as they start (a second line, never
 * reached when this passes).
 */
@Component
public class SettingsCheck implements BeanFactoryPostProcessor, EnvironmentAware, Ordered {

    /** One module's settings. Implementations have a public no-argument constructor and start nothing. */
    public interface Part {

        /** Every bad setting, each naming where it is (file and key); empty when all is well. */
        List<String> problems(Environment environment);
    }

    /** Settings the production profile takes from the environment, with the variable that gives each. */
    private static final Map<String, String> PRODUCTION_SETTINGS = productionSettings();

    private Environment environment;

    @Override
    public void setEnvironment(Environment environment) {
        this.environment = environment;
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }

    @Override
    public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
        List<String> problems = problems(environment);
        if (!problems.isEmpty()) {
            throw new InvalidSettings(problems);
        }
    }

    /** Thrown at start-up; the message lists every bad setting, one a line. */
    public static final class InvalidSettings extends IllegalStateException {

        private final List<String> problems;

        InvalidSettings(List<String> problems) {
            super(problems.size() + " setting(s) to put right before the service can start:\n  - "
                    + String.join("\n  - ", problems));
            this.problems = List.copyOf(problems);
        }

        public List<String> problems() {
            return problems;
        }
    }

    /** Every bad setting, each naming where it is; empty when the service may start. */
    public static List<String> problems(Environment environment) {
        List<String> problems = new ArrayList<>();
        if (environment.acceptsProfiles(Profiles.of("production"))) {
            PRODUCTION_SETTINGS.forEach((key, variable) -> {
                String value = SettingsBinding.quietly(() -> environment.getProperty(key));
                if (value == null || value.isBlank()) {
                    problems.add(key + " is not set (environment variable " + variable + ")");
                }
            });
        }
        for (Part part : SpringFactoriesLoader.forDefaultResourceLocation(SettingsCheck.class.getClassLoader())
                .load(Part.class)) {
            try {
                problems.addAll(part.problems(environment));
            } catch (RuntimeException e) {
                problems.add(part.getClass().getSimpleName() + ": " + e.getMessage());
            }
        }
        return problems;
    }

    private static Map<String, String> productionSettings() {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("spring.datasource.url", "HSCP_DB_URL");
        settings.put("spring.datasource.username", "HSCP_DB_USER");
        settings.put("spring.artemis.broker-url", "HSCP_BROKER_URL");
        settings.put("spring.mail.host", "HSCP_SMTP_HOST");
        settings.put("hscp.mailboxes[0].host", "HSCP_IMAP_HOST");
        settings.put("hscp.mailboxes[0].username", "HSCP_MAILBOX_USER");
        settings.put("hscp.web.base-url", "HSCP_BASE_URL");
        return settings;
    }
}
