package uk.org.hscp.notifier.reports;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.web.util.HtmlUtils;

/** The staff pages as a signed-in user's HTTP client gets them (form sign-in with its CSRF token, session cookie). */
final class ReportPages {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

    private final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private final String base;

    ReportPages(int port) {
        this.base = "http://localhost:" + port;
    }

    ReportPages signIn(String username, String password) {
        Matcher token = CSRF.matcher(get("/login").body());
        if (!token.find()) {
            throw new IllegalStateException("No CSRF token on the sign-in page");
        }
        String form = "username=" + enc(username) + "&password=" + enc(password) + "&_csrf=" + enc(token.group(1));
        send(HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build());
        return this;
    }

    HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET().build());
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String enc(String s) {
        return java.net.URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /**
     * The rows of a table of the page (by its id), each as its key attributes (data-year, data-timescale,
     * data-agency, data-kind and data-role) then its data-column cells, as text, joined by single spaces.
     */
    static List<String> rows(String html, String tableId) {
        int start = html.indexOf("id=\"" + tableId + "\"");
        if (start < 0) {
            throw new AssertionError("No table " + tableId);
        }
        String table = html.substring(start, html.indexOf("</table>", start));
        List<String> rows = new ArrayList<>();
        Matcher row = Pattern.compile("<tr([^>]*)>(.*?)</tr>", Pattern.DOTALL).matcher(table);
        while (row.find()) {
            StringBuilder line = new StringBuilder();
            Matcher key = Pattern.compile("data-(?:year|timescale|agency|kind|role)=\"([^\"]*)\"").matcher(row.group(1));
            while (key.find()) {
                line.append(line.length() == 0 ? "" : " ").append(key.group(1));
            }
            if (line.length() == 0) {
                continue; // the heading, or "nothing yet"
            }
            Matcher cell = Pattern.compile("<td[^>]*data-column=\"\\w+\"[^>]*>(.*?)</td>", Pattern.DOTALL).matcher(row.group(2));
            while (cell.find()) {
                String text = HtmlUtils.htmlUnescape(cell.group(1).replaceAll("<[^>]*>", "")).strip()
                        .replaceAll("\\s+", " ").replace("–", "-");
                line.append(' ').append(text);
            }
            rows.add(line.toString());
        }
        return rows;
    }
}
