package org.poliin.security.internal.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.junit.jupiter.api.Test;

class BasicCredentialsTest {

    private static String basic(String userColonPassword) {
        return "Basic " + Base64.getEncoder().encodeToString(userColonPassword.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void decodesUserAndPassword() {
        assertThat(BasicCredentials.parse(basic("ana:parola-lunga-123")))
                .contains(new BasicCredentials("ana", "parola-lunga-123"));
    }

    @Test
    void decodesRomanianLettersAsUtf8() {
        assertThat(BasicCredentials.parse(basic("ștefan.țurcanu:pâine-și-sare"))).hasValueSatisfying(credentials -> {
            assertThat(credentials.user()).isEqualTo("ștefan.țurcanu");
            assertThat(credentials.password()).isEqualTo("pâine-și-sare");
        });
    }

    @Test
    void onlyTheFirstColonSeparates() {
        assertThat(BasicCredentials.parse(basic("ana:a:b:c"))).contains(new BasicCredentials("ana", "a:b:c"));
    }

    @Test
    void emptyPasswordIsParsedAndLeftToTheRealm() {
        assertThat(BasicCredentials.parse(basic("ana:"))).contains(new BasicCredentials("ana", ""));
    }

    @Test
    void schemeIsCaseInsensitiveAndSpacesAroundAreIgnored() {
        String token = Base64.getEncoder().encodeToString("ana:x".getBytes(StandardCharsets.UTF_8));
        assertThat(BasicCredentials.parse("  bAsIc   " + token + "  ")).contains(new BasicCredentials("ana", "x"));
    }

    @Test
    void noHeaderOrAnotherSchemeIsAnonymous() {
        assertThat(BasicCredentials.parse(null)).isEmpty();
        assertThat(BasicCredentials.parse("   ")).isEmpty();
        assertThat(BasicCredentials.parse("Bearer eyJhbGciOiJIUzI1NiJ9.e30.x")).isEmpty();
        assertThat(BasicCredentials.parse("Basically")).isEmpty();
    }

    @Test
    void malformedBase64IsRefused() {
        assertThatThrownBy(() -> BasicCredentials.parse("Basic not*base64!"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("base64");
    }

    @Test
    void missingColonIsRefused() {
        assertThatThrownBy(() -> BasicCredentials.parse(basic("ana-without-colon")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("colon");
    }

    @Test
    void emptyUserIsRefused() {
        assertThatThrownBy(() -> BasicCredentials.parse(basic(":password")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("empty user");
    }

    @Test
    void basicWithoutTokenIsRefused() {
        assertThatThrownBy(() -> BasicCredentials.parse("Basic")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> BasicCredentials.parse("Basic    ")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void bytesThatAreNotUtf8AreRefusedNotReplaced() {
        // "ș" in ISO-8859-16 is the single byte 0xBA, which is not valid UTF-8 on its own.
        byte[] latin = {'a', 'n', (byte) 0xBA, ':', 'x'};
        String header = "Basic " + Base64.getEncoder().encodeToString(latin);

        assertThatThrownBy(() -> BasicCredentials.parse(header))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("UTF-8");
    }

    @Test
    void overlongTokenIsRefusedBeforeDecoding() {
        assertThatThrownBy(() -> BasicCredentials.parse("Basic " + "A".repeat(5000)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void toStringNeverShowsThePassword() {
        assertThat(new BasicCredentials("ana", "s3cret-pass")).hasToString("BasicCredentials[user=ana]");
    }
}
