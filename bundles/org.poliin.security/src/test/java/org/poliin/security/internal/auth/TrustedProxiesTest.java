package org.poliin.security.internal.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class TrustedProxiesTest {

    private final TrustedProxies proxies = new TrustedProxies("10.0.0.0/8", "192.0.2.7", "2001:db8::/32");

    @Test
    void withoutTrustedProxiesForwardingHeadersAreIgnored() {
        TrustedProxies nobody = new TrustedProxies();

        ClientAddress client = nobody.resolve("10.1.2.3", false, List.of("203.0.113.9"), List.of("https"));

        assertThat(client).isEqualTo(new ClientAddress("10.1.2.3", false));
    }

    @Test
    void anUntrustedPeerCannotForgeTheClientNorTheScheme() {
        ClientAddress client = proxies.resolve("198.51.100.4", false, List.of("10.9.9.9"), List.of("https"));

        assertThat(client).isEqualTo(new ClientAddress("198.51.100.4", false));
    }

    @Test
    void behindATrustedProxyTheForwardedClientAndSchemeCount() {
        ClientAddress client = proxies.resolve("10.0.0.5", false, List.of("203.0.113.9"), List.of("https"));

        assertThat(client).isEqualTo(new ClientAddress("203.0.113.9", true));
    }

    @Test
    void theRightMostUntrustedAddressIsTheClientNotWhatTheClientWroteItself() {
        // the client sent "X-Forwarded-For: 1.1.1.1"; its real address 203.0.113.9 was appended by the outer
        // proxy 192.0.2.7, which the inner proxy 10.0.0.5 appended in turn
        ClientAddress client = proxies.resolve("10.0.0.5", true,
                List.of("1.1.1.1, 203.0.113.9", "192.0.2.7"), List.of());

        assertThat(client).isEqualTo(new ClientAddress("203.0.113.9", true));
    }

    @Test
    void whenEveryHopIsTrustedTheLeftMostIsTheClient() {
        ClientAddress client = proxies.resolve("10.0.0.5", false, List.of("10.2.2.2,192.0.2.7"), List.of("http"));

        assertThat(client).isEqualTo(new ClientAddress("10.2.2.2", false));
    }

    @Test
    void withoutXForwardedForTheTrustedPeerIsTheClient() {
        ClientAddress client = proxies.resolve("10.0.0.5", true, List.of(), null);

        assertThat(client).isEqualTo(new ClientAddress("10.0.0.5", true));
    }

    @Test
    void aGarbledEntryEndsTheWalkAtTheLastTrustedAddress() {
        ClientAddress client = proxies.resolve("10.0.0.5", false,
                List.of("203.0.113.9, unknown, 192.0.2.7"), List.of());

        assertThat(client.address()).isEqualTo("192.0.2.7");
        assertThat(proxies.resolve("10.0.0.5", false, List.of("10.0.0.0/8"), List.of()).address())
                .as("a range is not an address").isEqualTo("10.0.0.5");
    }

    @Test
    void theNearestProxyDecidesTheScheme() {
        assertThat(proxies.resolve("10.0.0.5", false, List.of(), List.of("http, https")).secure()).isTrue();
        assertThat(proxies.resolve("10.0.0.5", true, List.of(), List.of("https", "HTTP")).secure()).isFalse();
    }

    @Test
    void ipv6RangesAndIpv4MappedPeersAreUnderstood() {
        assertThat(proxies.resolve("2001:db8:0:0:0:0:0:1", false, List.of("2001:db9::5"), List.of()).address())
                .isEqualTo("2001:db9::5");
        assertThat(proxies.resolve("::ffff:10.0.0.5", false, List.of("203.0.113.9"), List.of()).address())
                .isEqualTo("203.0.113.9");
        assertThat(proxies.resolve("::ffff:198.51.100.4", false, List.of("203.0.113.9"), List.of()).address())
                .isEqualTo("198.51.100.4");
    }

    @Test
    void entriesThatAreNotAddressesTrustNothing() {
        TrustedProxies typo = new TrustedProxies("proxy.example.ro", "10.0.0.300", " ", null);

        assertThat(typo.resolve("10.0.0.5", false, List.of("203.0.113.9"), List.of()).address())
                .isEqualTo("10.0.0.5");
    }

    @Test
    void aRangeWrittenWithHostBitsCoversTheWholeRange() {
        TrustedProxies range = new TrustedProxies("172.16.5.1/12");

        assertThat(range.resolve("172.31.0.1", false, List.of("203.0.113.9"), List.of()).address())
                .isEqualTo("203.0.113.9");
        assertThat(range.resolve("172.32.0.1", false, List.of("203.0.113.9"), List.of()).address())
                .isEqualTo("172.32.0.1");
    }

    @Test
    void aPeerThatIsNotAnAddressIsKeptAsItIs() {
        assertThat(proxies.resolve(null, false, List.of("203.0.113.9"), List.of()).address()).isEmpty();
        assertThat(proxies.resolve("", false, List.of(), List.of()).address()).isEmpty();
    }

    @Test
    void aListWrittenAsOneStringAsInACfgFileIsSplit() {
        TrustedProxies fromCfg = new TrustedProxies("127.0.0.1, 10.0.5.0/24  2001:db8::/32");

        assertThat(fromCfg.resolve("10.0.5.9", false, List.of("203.0.113.9"), List.of()).address())
                .isEqualTo("203.0.113.9");
        assertThat(fromCfg.resolve("127.0.0.1", false, List.of("203.0.113.8"), List.of()).address())
                .isEqualTo("203.0.113.8");
        assertThat(fromCfg.resolve("2001:db8::1", false, List.of("203.0.113.7"), List.of()).address())
                .isEqualTo("203.0.113.7");
    }
}
