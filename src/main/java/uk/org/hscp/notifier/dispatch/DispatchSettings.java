package uk.org.hscp.notifier.dispatch;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import uk.org.hscp.notifier.notices.NoticeKind;

/**
 * How dispatch behaves ({@code hscp.dispatch.*} and {@code hscp.notices.*.timescale}), validated at start-up.
 *
 * @param fromAddress     the From of every e-mail, and the envelope sender bounces return to
 * @param fromName        the display name beside it
 * @param messageIdDomain the right-hand side of every Message-ID the service makes
 * @param planAfter       a notice still REQUESTED this long after it was written is planned by the relay
 * @param republishAfter  a delivery still waiting this long after its id went on the queue is put there again
 * @param sendingTimeout  a delivery SENDING for longer is marked and the HSCP team alerted
 * @param ownerGoneAfter  a delivery SENDING by an instance not seen for this long (it crashed mid-send) is
 *                        tried again at once, without waiting out {@code sendingTimeout}
 * @param timescales      per kind of notice, the timescale whose open deadline the e-mail tells about
 */
public record DispatchSettings(String fromAddress, String fromName, String messageIdDomain, Duration planAfter,
        Duration republishAfter, Duration sendingTimeout, Duration ownerGoneAfter, Map<NoticeKind, String> timescales) {

    public DispatchSettings {
        if (!Recipients.isAddress(fromAddress)) {
            throw new IllegalArgumentException("hscp.dispatch.from-address is not an e-mail address");
        }
        if (messageIdDomain == null || !messageIdDomain.matches("[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)+")) {
            throw new IllegalArgumentException("hscp.dispatch.message-id-domain must be a domain name");
        }
        Objects.requireNonNull(planAfter, "hscp.dispatch.plan-after");
        Objects.requireNonNull(republishAfter, "hscp.dispatch.republish-after");
        Objects.requireNonNull(sendingTimeout, "hscp.dispatch.sending-timeout");
        Objects.requireNonNull(ownerGoneAfter, "hscp.dispatch.owner-gone-after");
        timescales = timescales == null || timescales.isEmpty() ? Map.of() : new EnumMap<>(timescales);
    }

    public Optional<String> timescaleOf(NoticeKind kind) {
        return Optional.ofNullable(timescales.get(kind));
    }
}
