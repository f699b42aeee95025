package uk.org.hscp.notifier.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A member of staff (or nobody) talking to one instance of the service over HTTP, as a browser or an API client
 * would: pages through the sign-in form with a session cookie (and the CSRF token of its forms), the API by HTTP
 * Basic. Redirects are not followed, so a test sees the 302 to the sign-in page. The same cookies may be sent to
 * another instance ({@link #on}).
 */
public final class StaffHttp {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

    private final String base;
    private final CookieManager cookies;
    private final HttpClient client;
    private final Optional<String> basic;

    private StaffHttp(int port, CookieManager cookies, Optional<String> basic) {
        this.base = "http://localhost:" + port;
        this.cookies = cookies;
        this.client = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();
        this.basic = basic;
    }

    /** Nobody signed in. */
    public static StaffHttp anonymous(int port) {
        return new StaffHttp(port, new CookieManager(), Optional.empty());
    }

    /** Signed in on the pages (the sign-in form) and, for the API, HTTP Basic with the same details. */
    public static StaffHttp signedIn(int port, String username, String password) {
        StaffHttp http = new StaffHttp(port, new CookieManager(), Optional.of(Base64.getEncoder().encodeToString(
                (username + ":" + password).getBytes(StandardCharsets.UTF_8))));
        HttpResponse<String> signIn = http.signIn(username, password);
        if (signIn.statusCode() != 302 || signIn.headers().firstValue("Location").orElse("").contains("/login")) {
            throw new IllegalStateException(username + " could not sign in: " + signIn.statusCode() + " "
                    + signIn.headers().firstValue("Location").orElse(""));
        }
        return http;
    }

    /** The same browser (its cookies) talking to another instance of the service. */
    public StaffHttp on(int port) {
        return new StaffHttp(port, cookies, basic);
    }

    /** Posts the sign-in form; the answer is the redirect (to the page asked for, or back to /login?error...). */
    public HttpResponse<String> signIn(String username, String password) {
        return post("/login", Map.of("username", username, "password", password));
    }

    public HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
    }

    /** A form posted from a page: with the session's CSRF token, as the page's own form would. */
    public HttpResponse<String> post(String path, Map<String, String> form) {
        Map<String, String> fields = new LinkedHashMap<>(form);
        fields.put("_csrf", csrfToken());
        String body = fields.entrySet().stream().map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** An API call, with HTTP Basic when signed in (no session cookie: the API keeps none). */
    public HttpResponse<String> api(String method, String path, String jsonBody) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .method(method, jsonBody == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(jsonBody))
                .header("Content-Type", "application/json");
        basic.ifPresent(b -> request.header("Authorization", "Basic " + b));
        try {
            return HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build()
                    .send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private String csrfToken() {
        String page = get("/login").body();
        Matcher matcher = CSRF.matcher(page);
        if (!matcher.find()) {
            throw new IllegalStateException("No CSRF token on the sign-in page");
        }
        return matcher.group(1);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
