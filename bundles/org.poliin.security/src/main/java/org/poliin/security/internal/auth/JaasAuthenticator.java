package org.poliin.security.internal.auth;

import java.security.SecureRandom;
import java.time.Duration;
import java.util.Optional;
import java.util.function.LongSupplier;

import javax.security.auth.Subject;
import javax.security.auth.login.AccountException;
import javax.security.auth.login.FailedLoginException;
import javax.security.auth.login.LoginException;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;
import org.poliin.api.security.PlatformUser;
import org.poliin.security.internal.realm.BcryptLimit;
import org.poliin.security.internal.realm.RealmAccess;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Authenticates against the JAAS realm {@code poliin}, with a short cache of successful logins and a
 * throttle of failed ones. It references the realm, so a new realm configuration (say, a switch to LDAP)
 * re-creates this component and empties the cache.
 */
@Component(service = Authenticator.class, configurationPid = AuthConfig.PID)
@Designate(ocd = AuthConfig.class)
public final class JaasAuthenticator implements Authenticator {

    private static final Logger LOG = LoggerFactory.getLogger(JaasAuthenticator.class);
    /** Failed attempts are tracked for at most this many user names. */
    private static final int MAX_TRACKED_NAMES = 10_000;

    private final RealmAccess realm;
    private final LoginFunction login;
    private final AuthCache cache;
    private final FailureThrottle throttle;

    @Activate
    public JaasAuthenticator(@Reference RealmAccess realm, AuthConfig config) {
        this(realm, new JaasLogin(), System::nanoTime, Duration.ofSeconds(config.cache_ttl_seconds()),
                config.cache_max_entries(), config.throttle_max_failures(),
                Duration.ofSeconds(config.throttle_window_seconds()));
    }

    JaasAuthenticator(RealmAccess realm, LoginFunction login, LongSupplier nanoClock, Duration cacheTtl,
            int cacheMaxEntries, int throttleMaxFailures, Duration throttleWindow) {
        this.realm = realm;
        this.login = login;
        this.cache = new AuthCache(cacheTtl, cacheMaxEntries, nanoClock, new SecureRandom());
        this.throttle = new FailureThrottle(throttleMaxFailures, throttleWindow, MAX_TRACKED_NAMES, nanoClock);
    }

    @Override
    public AuthOutcome authenticate(String user, String password, String client) {
        String attempts = user + "\u0000" + client;
        long blocked = throttle.blockedForSeconds(attempts);
        if (blocked > 0) {
            LOG.info("Login of user '{}' from {} refused without checking: too many failed attempts, {} s left",
                    LogText.safe(user), LogText.safe(client), blocked);
            return new AuthOutcome.Throttled(blocked);
        }
        if (realm.truncatesPasswords() && BcryptLimit.tooLong(password)) {
            // bcrypt would compare only the first 72 bytes: such a password could log in as the user whose
            // password is its beginning. The platform never sets one, so it is a wrong password, counted as one.
            throttle.failure(attempts);
            LOG.info("Failed login of user '{}' from {} in realm {}: the password is longer than the {} bytes "
                    + "bcrypt reads", LogText.safe(user), LogText.safe(client), realm.name(), BcryptLimit.MAX_PASSWORD_BYTES);
            return new AuthOutcome.Rejected();
        }
        long stamp = realm.storeStamp();
        Optional<PlatformUser> cached = cache.lookup(user, password, stamp);
        if (cached.isPresent()) {
            return new AuthOutcome.Authenticated(cached.get());
        }
        try {
            Subject subject = login.login(realm.name(), user, password.toCharArray());
            PlatformUser platformUser = PrincipalRoles.toPlatformUser(user, subject);
            cache.put(user, password, platformUser, stamp);
            throttle.success(attempts);
            return new AuthOutcome.Authenticated(platformUser);
        } catch (FailedLoginException | AccountException e) {
            throttle.failure(attempts);
            LOG.info("Failed login of user '{}' from {} in realm {}", LogText.safe(user), LogText.safe(client),
                    realm.name());
            return new AuthOutcome.Rejected();
        } catch (LoginException | RuntimeException e) {
            // Not a wrong password but a realm that cannot decide (users file missing, LDAP down,
            // encryption service absent): not counted against the user, and logged louder for the operator.
            LOG.warn("Login of user '{}' in realm {} could not be checked: {}", LogText.safe(user), realm.name(),
                    LogText.firstLine(e.getMessage() == null ? e.toString() : e.getMessage()));
            return new AuthOutcome.Rejected();
        }
    }

    @Override
    public void invalidate(String user) {
        cache.invalidate(user);
    }
}
