package org.poliin.security.internal.auth;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongSupplier;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.poliin.api.security.PlatformUser;

/**
 * Remembers successful logins for a short time, because checking a bcrypt hash costs tens of
 * milliseconds and HTTP Basic sends the password with every request.
 *
 * <p>The clear password is never kept: an entry holds an HMAC-SHA256 of a random per-entry salt and the
 * password, under a random key that lives only in this object, and a presented password is compared to it
 * in constant time. Entries expire after the time to live, are dropped when the user store changed (see
 * {@code storeStamp}) or the user is changed through the platform, and the least recently used entries
 * go when the cache is full. Failed logins are never cached.
 */
public final class AuthCache {

    private static final String HMAC = "HmacSHA256";
    private static final int SALT_BYTES = 16;

    private final long ttlNanos;
    private final int maxEntries;
    private final LongSupplier nanoClock;
    private final SecureRandom random;
    private final SecretKeySpec key;
    private final Map<String, Entry> entries;

    private record Entry(byte[] salt, byte[] digest, PlatformUser user, long stamp, long expiresAt) {
    }

    /**
     * @param ttl how long a login is remembered; zero turns the cache off
     * @param maxEntries how many users are remembered at most
     * @param nanoClock a monotonic clock in nanoseconds ({@code System::nanoTime})
     */
    public AuthCache(Duration ttl, int maxEntries, LongSupplier nanoClock, SecureRandom random) {
        this.ttlNanos = Math.max(0, ttl.toNanos());
        this.maxEntries = Math.max(1, maxEntries);
        this.nanoClock = nanoClock;
        this.random = random;
        byte[] keyBytes = new byte[32];
        random.nextBytes(keyBytes);
        this.key = new SecretKeySpec(keyBytes, HMAC);
        // Access order plus removeEldestEntry: a small LRU, bounded whatever names clients send.
        int bound = this.maxEntries;
        this.entries = new LinkedHashMap<>(16, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Entry> eldest) {
                return size() > bound;
            }
        };
    }

    public boolean enabled() {
        return ttlNanos > 0;
    }

    /** The remembered user, if {@code password} is the one of a still valid entry made at {@code stamp}. */
    public synchronized Optional<PlatformUser> lookup(String user, String password, long stamp) {
        if (!enabled()) {
            return Optional.empty();
        }
        Entry entry = entries.get(user);
        if (entry == null) {
            return Optional.empty();
        }
        if (nanoClock.getAsLong() - entry.expiresAt() >= 0 || entry.stamp() != stamp) {
            entries.remove(user);
            return Optional.empty();
        }
        // A wrong password is not served from the cache; the caller goes to the realm, which decides.
        return MessageDigest.isEqual(entry.digest(), digest(entry.salt(), user, password))
                ? Optional.of(entry.user())
                : Optional.empty();
    }

    public synchronized void put(String user, String password, PlatformUser platformUser, long stamp) {
        if (!enabled()) {
            return;
        }
        byte[] salt = new byte[SALT_BYTES];
        random.nextBytes(salt);
        entries.put(user, new Entry(salt, digest(salt, user, password), platformUser, stamp,
                nanoClock.getAsLong() + ttlNanos));
    }

    public synchronized void invalidate(String user) {
        entries.remove(user);
    }

    public synchronized void invalidateAll() {
        entries.clear();
    }

    public synchronized int size() {
        return entries.size();
    }

    private byte[] digest(byte[] salt, String user, String password) {
        try {
            Mac mac = Mac.getInstance(HMAC);
            mac.init(key);
            mac.update(salt);
            mac.update(user.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            return mac.doFinal(password.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            // HmacSHA256 is required of every Java platform.
            throw new IllegalStateException(e);
        }
    }
}
