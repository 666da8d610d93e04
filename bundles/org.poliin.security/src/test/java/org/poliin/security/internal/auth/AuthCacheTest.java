package org.poliin.security.internal.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;
import org.poliin.api.security.PlatformUser;

class AuthCacheTest {

    private final AtomicLong clock = new AtomicLong(1_000_000_000L);
    private final PlatformUser ana = new PlatformUser("ana", Set.of("staff"));

    private AuthCache cache(Duration ttl, int max) {
        return new AuthCache(ttl, max, clock::get, new SecureRandom());
    }

    @Test
    void servesTheRememberedUserForTheSamePassword() {
        AuthCache cache = cache(Duration.ofSeconds(60), 10);
        cache.put("ana", "parola-lunga-1", ana, 5L);

        assertThat(cache.lookup("ana", "parola-lunga-1", 5L)).contains(ana);
        assertThat(cache.size()).isEqualTo(1);
    }

    @Test
    void aWrongPasswordIsNeverServedFromTheCache() {
        AuthCache cache = cache(Duration.ofSeconds(60), 10);
        cache.put("ana", "parola-lunga-1", ana, 5L);

        assertThat(cache.lookup("ana", "parola-lunga-2", 5L)).isEmpty();
        assertThat(cache.lookup("ana", "", 5L)).isEmpty();
        assertThat(cache.lookup("ion", "parola-lunga-1", 5L)).isEmpty();
        // The right password still works afterwards: a wrong one does not evict the entry.
        assertThat(cache.lookup("ana", "parola-lunga-1", 5L)).contains(ana);
    }

    @Test
    void entriesExpireAfterTheTimeToLive() {
        AuthCache cache = cache(Duration.ofSeconds(60), 10);
        cache.put("ana", "parola-lunga-1", ana, 5L);

        clock.addAndGet(Duration.ofSeconds(59).toNanos());
        assertThat(cache.lookup("ana", "parola-lunga-1", 5L)).contains(ana);
        clock.addAndGet(Duration.ofSeconds(1).toNanos());
        assertThat(cache.lookup("ana", "parola-lunga-1", 5L)).isEmpty();
        assertThat(cache.size()).isZero();
    }

    @Test
    void invalidationForgetsTheUserOnly() {
        AuthCache cache = cache(Duration.ofSeconds(60), 10);
        cache.put("ana", "parola-lunga-1", ana, 5L);
        cache.put("ion", "parola-lunga-2", new PlatformUser("ion", Set.of()), 5L);

        cache.invalidate("ana");

        assertThat(cache.lookup("ana", "parola-lunga-1", 5L)).isEmpty();
        assertThat(cache.lookup("ion", "parola-lunga-2", 5L)).isPresent();
        cache.invalidateAll();
        assertThat(cache.size()).isZero();
    }

    @Test
    void aChangedUserStoreInvalidatesOlderEntries() {
        AuthCache cache = cache(Duration.ofSeconds(60), 10);
        cache.put("ana", "parola-lunga-1", ana, 5L);

        assertThat(cache.lookup("ana", "parola-lunga-1", 6L)).isEmpty();
        assertThat(cache.lookup("ana", "parola-lunga-1", 5L)).isEmpty();
    }

    @Test
    void isBoundedAndDropsTheLeastRecentlyUsed() {
        AuthCache cache = cache(Duration.ofSeconds(60), 2);
        cache.put("a", "parola-lunga-a", new PlatformUser("a", Set.of()), 0L);
        cache.put("b", "parola-lunga-b", new PlatformUser("b", Set.of()), 0L);
        assertThat(cache.lookup("a", "parola-lunga-a", 0L)).isPresent();

        cache.put("c", "parola-lunga-c", new PlatformUser("c", Set.of()), 0L);

        assertThat(cache.size()).isEqualTo(2);
        assertThat(cache.lookup("b", "parola-lunga-b", 0L)).isEmpty();
        assertThat(cache.lookup("a", "parola-lunga-a", 0L)).isPresent();
        assertThat(cache.lookup("c", "parola-lunga-c", 0L)).isPresent();
    }

    @Test
    void zeroTimeToLiveTurnsItOff() {
        AuthCache cache = cache(Duration.ZERO, 10);
        cache.put("ana", "parola-lunga-1", ana, 5L);

        assertThat(cache.enabled()).isFalse();
        assertThat(cache.lookup("ana", "parola-lunga-1", 5L)).isEmpty();
        assertThat(cache.size()).isZero();
    }

    @Test
    void theClearPasswordIsNotKeptInTheCache() throws Exception {
        AuthCache cache = cache(Duration.ofSeconds(60), 10);
        String password = "unique-clear-password-4711";
        cache.put("ana", password, ana, 5L);

        java.lang.reflect.Field field = AuthCache.class.getDeclaredField("entries");
        field.setAccessible(true);
        Object entries = field.get(cache);
        assertThat(entries.toString()).doesNotContain(password);
        for (Object entry : ((java.util.Map<?, ?>) entries).values()) {
            for (java.lang.reflect.RecordComponent component : entry.getClass().getRecordComponents()) {
                Object value = component.getAccessor().invoke(entry);
                assertThat(value).isNotEqualTo(password);
                if (value instanceof byte[] bytes) {
                    assertThat(new String(bytes, java.nio.charset.StandardCharsets.UTF_8)).doesNotContain(password);
                }
            }
        }
    }
}
