package org.poliin.security.internal.users;

import javax.validation.constraints.NotNull;
import javax.validation.constraints.Size;

/** The body of {@code PUT /users/{name}/password}. */
public class PasswordInput {

    @NotNull
    // No maximum here: UserRules refuses more than 72 bytes of UTF-8 (bcrypt's limit) with a message in bytes.
    @Size(min = UserRules.MIN_PASSWORD_LENGTH)
    public String password;

    /** Required when users change their own password. */
    public String currentPassword;
}
