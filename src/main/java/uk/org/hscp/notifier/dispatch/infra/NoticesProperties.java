package uk.org.hscp.notifier.dispatch.infra;

import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * config/recipients.yml, {@code hscp.notices}: for each kind of notice, the roles it goes to, the section it
 * is sent under, what the reader is to do, and the timescale whose open deadline it tells about.
 */
@ConfigurationProperties("hscp")
public record NoticesProperties(Map<String, Notice> notices) {

    public record Notice(List<String> to, String section, String whatToDo, String timescale) {
    }
}
