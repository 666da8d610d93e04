package org.poliin.api.security;

import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The user on whose behalf the current request runs. Outside a request (a scheduled job, the shell),
 * there is none and the platform acts as {@code system}.
 */
@ProviderType
public interface CurrentUser {

    /** The HTTP header in which a user states why they access sensitive records; it goes to the audit log. */
    String REASON_HEADER = "X-Poliin-Reason";

    Optional<PlatformUser> get();

    /** The reason stated with the current request, if any. */
    Optional<String> reason();

    /** Whether there is a current user with {@code role}. */
    default boolean hasRole(String role) {
        return get().map(user -> user.hasRole(role)).orElse(false);
    }

    /** The current user's name, or {@code system}. */
    default String name() {
        return get().map(PlatformUser::name).orElse("system");
    }
}
