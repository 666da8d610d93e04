package org.poliin.security.internal.users;

import java.util.List;

import javax.validation.constraints.NotEmpty;
import javax.validation.constraints.NotNull;

/** The body of {@code PUT /users/{name}/roles}: the user's platform roles from now on. */
public class RolesInput {

    @NotEmpty
    public List<@NotNull String> roles;
}
