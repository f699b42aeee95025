package uk.org.hscp.notifier.platform;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.UUID;

import org.springframework.stereotype.Component;

/**
 * This running instance of the service, named once per start (host, process id and a random part), so that work
 * it claimed (a delivery SENDING) can be told from a peer's, and a crashed instance's claims from a live one's.
 */
@Component
public class ServiceInstance {

    private final String id;

    public ServiceInstance() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            host = "unknown-host";
        }
        String name = host + "-" + ProcessHandle.current().pid() + "-" + UUID.randomUUID().toString().substring(0, 8);
        this.id = name.length() <= 100 ? name : name.substring(name.length() - 100);
    }

    public String id() {
        return id;
    }

    @Override
    public String toString() {
        return id;
    }
}
