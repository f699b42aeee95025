package uk.org.hscp.notifier.audit;

import java.util.List;

import org.springframework.beans.factory.annotation.Value;

import uk.org.hscp.notifier.support.ServiceTest;

/** {@link AuditChainContract} on H2 (the embedded default). */
@ServiceTest
class AuditChainTests extends AuditChainContract {

    @Value("${spring.datasource.url}") String url;

    @Override
    List<String> databaseArguments() {
        return List.of("--spring.datasource.url=" + url, "--spring.datasource.username=sa",
                "--spring.datasource.password=");
    }
}
