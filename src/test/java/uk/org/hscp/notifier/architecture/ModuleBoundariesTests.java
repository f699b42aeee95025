package uk.org.hscp.notifier.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;

import uk.org.hscp.notifier.ReviewNotifierApplication;

/**
 * The modules (the packages under {@code uk.org.hscp.notifier}) depend on each other only along the flow that
 * each module's {@code package-info.java} allows, without cycles, and only through a module's own package:
 * its subpackages ({@code infra}, {@code web}, {@code mail}, …) are its own business.
 */
class ModuleBoundariesTests {

    static final ApplicationModules MODULES = ApplicationModules.of(ReviewNotifierApplication.class);

    private static final Path README = Path.of("README.md");
    private static final String START = "```mermaid\n";
    private static final String END = "```\n<!-- modules: written by ModuleBoundariesTests -->";

    @Test
    void modulesDependOnlyAlongTheFlow() {
        MODULES.verify();
    }

    /** The README's module diagram is the one the code has; {@code -Dmodules.write=true} writes it anew. */
    @Test
    void readmeShowsTheModulesAsTheyAre() throws IOException {
        String readme = Files.readString(README, StandardCharsets.UTF_8);
        int end = readme.indexOf(END);
        assertThat(end).as("README.md has the module diagram, ending with the marker %s", END).isPositive();
        int start = readme.lastIndexOf(START, end);
        String written = readme.substring(start + START.length(), end);
        String diagram = mermaid();
        if (Boolean.getBoolean("modules.write")) {
            Files.writeString(README, readme.substring(0, start + START.length()) + diagram + readme.substring(end),
                    StandardCharsets.UTF_8);
            return;
        }
        assertThat(written).as("README.md's module diagram (run with -Dmodules.write=true to refresh it)")
                .isEqualTo(diagram);
    }

    /** A Mermaid flowchart, top-down: each module with an arrow to every module it uses. */
    static String mermaid() {
        StringBuilder out = new StringBuilder("flowchart TD\n");
        MODULES.stream().sorted(Comparator.comparing(ApplicationModule::getName)).forEach(module -> {
            out.append("    ").append(module.getName()).append("[\"").append(module.getDisplayName()).append("\"]\n");
        });
        MODULES.stream().sorted(Comparator.comparing(ApplicationModule::getName)).forEach(module -> {
            String targets = module.getDirectDependencies(MODULES).uniqueModules().map(ApplicationModule::getName)
                    .sorted().collect(Collectors.joining(" & "));
            if (!targets.isEmpty()) {
                out.append("    ").append(module.getName()).append(" --> ").append(targets).append('\n');
            }
        });
        return out.toString();
    }
}
