package org.poliin.security.internal.auth;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import inet.ipaddr.AddressStringException;
import inet.ipaddr.IPAddress;
import inet.ipaddr.IPAddressString;

/**
 * Decides which client a request comes from when reverse proxies stand in front of the platform.
 *
 * <p>Forwarding headers are believed only when the direct peer is a configured trusted proxy: anyone else
 * could write them. Then {@code X-Forwarded-For} is read from the right (the entry the nearest proxy added)
 * to the left, skipping trusted proxies; the first address that is not a trusted proxy is the client. An
 * entry that is not an IP address ends the walk at the last trusted address seen, so that a forged or
 * garbled entry can never become the client. {@code X-Forwarded-Proto} is taken from the nearest proxy
 * (its right-most value).
 */
@Component(service = TrustedProxies.class, configurationPid = ProxyConfig.PID,
        configurationPolicy = ConfigurationPolicy.OPTIONAL)
@Designate(ocd = ProxyConfig.class)
public final class TrustedProxies {

    private static final Logger LOG = LoggerFactory.getLogger(TrustedProxies.class);

    private final List<IPAddress> trusted;

    @Activate
    public TrustedProxies(ProxyConfig config) {
        this(config.trusted());
    }

    /**
     * Trusts the given addresses and CIDR ranges (each entry may hold several, separated by commas or white
     * space); an entry that is neither is logged and trusts nothing.
     */
    TrustedProxies(String... entries) {
        List<IPAddress> ranges = new ArrayList<>();
        for (String entry : split(entries)) {
            try {
                ranges.add(new IPAddressString(entry.trim()).toAddress().toPrefixBlock());
            } catch (AddressStringException | RuntimeException e) {
                LOG.error("Ignored trusted proxy '{}' of {}: not an IP address or CIDR range ({})",
                        LogText.safe(entry), ProxyConfig.PID, e.getMessage());
            }
        }
        this.trusted = List.copyOf(ranges);
    }

    /**
     * The entries, each split at commas and white space: a {@code .cfg} file gives the whole list as one
     * string, a {@code .config} file or the web console as an array.
     */
    private static List<String> split(String... entries) {
        List<String> parts = new ArrayList<>();
        for (String entry : entries == null ? new String[0] : entries) {
            if (entry != null) {
                for (String part : entry.split("[,\\s]+")) {
                    if (!part.isEmpty()) {
                        parts.add(part);
                    }
                }
            }
        }
        return parts;
    }

    /**
     * @param peer the address of the direct peer of the connection
     * @param secure whether that connection is HTTPS
     * @param forwardedFor the values of every {@code X-Forwarded-For} header, in order (may be empty)
     * @param forwardedProto the values of every {@code X-Forwarded-Proto} header, in order (may be empty)
     */
    public ClientAddress resolve(String peer, boolean secure, List<String> forwardedFor, List<String> forwardedProto) {
        Optional<IPAddress> direct = parse(peer);
        if (direct.isEmpty() || !isTrusted(direct.get())) {
            return new ClientAddress(direct.map(TrustedProxies::text).orElse(peer == null ? "" : peer), secure);
        }
        IPAddress client = direct.get();
        List<String> hops = values(forwardedFor);
        for (int i = hops.size() - 1; i >= 0; i--) {
            Optional<IPAddress> hop = parse(hops.get(i));
            if (hop.isEmpty()) {
                break;
            }
            client = hop.get();
            if (!isTrusted(client)) {
                break;
            }
        }
        List<String> protos = values(forwardedProto);
        boolean forwardedSecure = protos.isEmpty() ? secure : "https".equalsIgnoreCase(protos.get(protos.size() - 1));
        return new ClientAddress(text(client), forwardedSecure);
    }

    boolean isTrusted(IPAddress address) {
        for (IPAddress range : trusted) {
            if (range.contains(address)) {
                return true;
            }
        }
        return false;
    }

    /** Every comma-separated value of the headers, trimmed, in order. */
    private static List<String> values(List<String> headers) {
        List<String> values = new ArrayList<>();
        if (headers != null) {
            for (String header : headers) {
                if (header != null) {
                    for (String value : header.split(",")) {
                        if (!value.isBlank()) {
                            values.add(value.trim());
                        }
                    }
                }
            }
        }
        return values;
    }

    /** An IP address (an IPv4 address mapped into IPv6 becomes IPv4); empty for anything else, ranges included. */
    private static Optional<IPAddress> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        IPAddress address = new IPAddressString(text.trim()).getAddress();
        if (address == null || address.isMultiple() || address.isPrefixed()) {
            return Optional.empty();
        }
        if (address.isIPv6() && address.toIPv6().isIPv4Mapped()) {
            return Optional.of(address.toIPv6().getEmbeddedIPv4Address());
        }
        return Optional.of(address);
    }

    private static String text(IPAddress address) {
        return address.toCanonicalString();
    }
}
