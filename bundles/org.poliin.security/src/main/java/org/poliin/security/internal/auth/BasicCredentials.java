package org.poliin.security.internal.auth;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;

/**
 * The user name and password of an HTTP Basic {@code Authorization} header (RFC 7617), decoded as UTF-8,
 * the charset the challenge announces.
 *
 * @param user the user name, never empty
 * @param password the password, possibly empty
 */
public record BasicCredentials(String user, String password) {

    private static final String SCHEME = "basic";
    /** Far above any real header; a longer one is refused before it is decoded. */
    private static final int MAX_TOKEN_LENGTH = 4096;

    /**
     * Parses an {@code Authorization} header.
     *
     * @return empty when there is no header or it uses another scheme (the request is then anonymous)
     * @throws IllegalArgumentException when it is a Basic header that cannot be decoded: not base64, not
     *         UTF-8, without the colon, or with an empty user name
     */
    public static Optional<BasicCredentials> parse(String header) {
        if (header == null || header.isBlank()) {
            return Optional.empty();
        }
        String value = header.strip();
        int space = value.indexOf(' ');
        String scheme = space < 0 ? value : value.substring(0, space);
        if (!SCHEME.equals(scheme.toLowerCase(Locale.ROOT))) {
            return Optional.empty();
        }
        String token = space < 0 ? "" : value.substring(space + 1).strip();
        if (token.isEmpty() || token.length() > MAX_TOKEN_LENGTH) {
            throw new IllegalArgumentException("Basic credentials are missing or too long");
        }
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(token);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Basic credentials are not base64", e);
        }
        String decoded;
        try {
            // Strict decoding: a malformed byte sequence is an error, never a silent replacement character.
            decoded = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException("Basic credentials are not UTF-8", e);
        }
        int colon = decoded.indexOf(':');
        if (colon < 0) {
            throw new IllegalArgumentException("Basic credentials have no colon between user and password");
        }
        String user = decoded.substring(0, colon);
        if (user.isEmpty()) {
            throw new IllegalArgumentException("Basic credentials have an empty user name");
        }
        return Optional.of(new BasicCredentials(user, decoded.substring(colon + 1)));
    }

    /** Never shows the password, so a record logged by mistake leaks nothing. */
    @Override
    public String toString() {
        return "BasicCredentials[user=" + user + "]";
    }
}
