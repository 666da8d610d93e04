package org.poliin.security.internal.users;

import javax.validation.constraints.NotNull;
import javax.validation.constraints.Size;

/** The body of {@code PUT /users/{name}/password}. */
public class PasswordInput {

    @NotNull
    @Size(min = UserRules.MIN_PASSWORD_LENGTH, max = UserRules.MAX_PASSWORD_LENGTH)
    public String password;

    /** Required when users change their own password. */
    public String currentPassword;
}
