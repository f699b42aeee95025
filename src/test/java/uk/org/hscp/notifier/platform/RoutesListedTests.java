package uk.org.hscp.notifier.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.apache.camel.CamelContext;
import org.apache.camel.Route;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;

import uk.org.hscp.notifier.support.ServiceTest;

/** Every file of routes/ is named in camel.main.routes-include-pattern, and each became a running route. */
@ServiceTest
class RoutesListedTests {

    @Autowired Environment environment;
    @Autowired CamelContext camel;

    @Test
    void everyRouteFileIsLoadedAndRunning() throws IOException {
        List<String> files;
        try (Stream<Path> routes = Files.list(Path.of("routes"))) {
            files = routes.map(p -> p.getFileName().toString()).filter(name -> name.endsWith(".yaml")).sorted().toList();
        }
        List<String> listed = Arrays.stream(environment.getRequiredProperty("camel.main.routes-include-pattern").split(","))
                .map(String::strip).map(entry -> entry.substring(entry.lastIndexOf('/') + 1)).sorted().toList();

        assertThat(listed).containsExactlyElementsOf(files);
        List<String> running = camel.getRoutes().stream().map(Route::getRouteId).toList();
        for (String file : files) {
            String flow = file.substring(0, file.length() - ".yaml".length());
            // a route template (intake-mailbox) runs once per mailbox, as intake-mailbox-<name>
            assertThat(running).as("a route from %s", file).anyMatch(id -> id.equals(flow) || id.startsWith(flow + "-"));
        }
    }
}
