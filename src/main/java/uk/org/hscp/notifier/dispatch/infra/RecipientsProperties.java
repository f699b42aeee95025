package uk.org.hscp.notifier.dispatch.infra;

import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** config/recipients.yml, {@code hscp.recipients}: role → addresses, LIG member agency code → addresses. */
@ConfigurationProperties("hscp.recipients")
public record RecipientsProperties(Map<String, List<String>> roles, Map<String, List<String>> ligMemberAgencies) {
}
