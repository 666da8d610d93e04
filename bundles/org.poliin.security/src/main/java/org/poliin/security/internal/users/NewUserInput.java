package org.poliin.security.internal.users;

import java.util.List;

import javax.validation.constraints.NotEmpty;
import javax.validation.constraints.NotNull;
import javax.validation.constraints.Pattern;
import javax.validation.constraints.Size;

/** The body of {@code POST /users}. The same rules are enforced again by {@link UserRules}. */
public class NewUserInput {

    @NotNull
    @Pattern(regexp = UserRules.NAME_REGEX)
    public String name;

    @NotNull
    // No maximum here: UserRules refuses more than 72 bytes of UTF-8 (bcrypt's limit) with a message in bytes.
    @Size(min = UserRules.MIN_PASSWORD_LENGTH)
    public String password;

    @NotEmpty
    public List<@NotNull String> roles;
}
