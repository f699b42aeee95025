package uk.org.hscp.notifier.web;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * GOV.UK Frontend's CSS, JavaScript, fonts and images come from its WebJar inside our jar, so the pages need
 * nothing from the internet. Its stylesheet asks for /assets/..., hence that path.
 */
@Configuration
class WebConfiguration implements WebMvcConfigurer {

    /** Keep in step with govuk-frontend.version in pom.xml (a browser test loads the stylesheet). */
    static final String GOVUK_FRONTEND = "classpath:/META-INF/resources/webjars/govuk-frontend/5.13.0/dist/govuk/";

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler("/govuk/**").addResourceLocations(GOVUK_FRONTEND);
        registry.addResourceHandler("/assets/**").addResourceLocations(GOVUK_FRONTEND + "assets/");
    }
}
