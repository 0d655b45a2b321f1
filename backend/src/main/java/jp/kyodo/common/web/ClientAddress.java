package jp.kyodo.common.web;

import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.SocketAddress;
import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * The client's address as throttling sees it (sign-in defence, rate limits): the connection's own, or what a trusted
 * proxy says it is ({@code quarkus.http.proxy.*}: Quarkus replaces the remote address only for a proxy in
 * {@code KYODO_TRUSTED_PROXIES}).
 */
public final class ClientAddress {

    private ClientAddress() {
    }

    /** The request's client address (after trusted-proxy forwarding), or null when unknown. */
    public static String of(HttpServerRequest request) {
        SocketAddress client = request == null ? null : request.remoteAddress();
        if (client == null) {
            return null;
        }
        return client.hostAddress() != null ? client.hostAddress() : client.host();
    }

    /**
     * The key an address is throttled by: an IPv4 address as it is, an IPv6 address by its /64 (what one subscriber
     * usually holds), anything unreadable as given (at most 64 characters).
     */
    public static String key(String address) {
        if (address == null || address.isBlank()) {
            return "unknown";
        }
        String a = address.strip();
        if (a.indexOf(':') >= 0 && a.matches("[0-9A-Fa-f:.%\\[\\]a-zA-Z]+")) {
            try {
                String literal = a.replace("[", "").replace("]", "");
                int zone = literal.indexOf('%');
                byte[] b = InetAddress.getByName(zone >= 0 ? literal.substring(0, zone) : literal).getAddress();
                if (b.length == 16) {
                    StringBuilder s = new StringBuilder();
                    for (int i = 0; i < 8; i += 2) {
                        s.append(Integer.toHexString(((b[i] & 0xff) << 8) | (b[i + 1] & 0xff))).append(':');
                    }
                    return s.append(":/64").toString();
                }
            } catch (UnknownHostException e) {
                // not an address literal: keep it as given
            }
        }
        return a.length() > 64 ? a.substring(0, 64) : a;
    }
}
