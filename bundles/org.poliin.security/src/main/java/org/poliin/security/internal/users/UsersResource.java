package org.poliin.security.internal.users;

import java.net.URI;
import java.util.List;

import javax.annotation.security.RolesAllowed;
import javax.validation.Valid;
import javax.validation.constraints.NotNull;
import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.UriInfo;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsName;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;
import org.poliin.api.common.LocalizedText;
import org.poliin.api.errors.AccessDeniedException;
import org.poliin.api.errors.InvalidInputException;
import org.poliin.api.rest.PlatformRest;
import org.poliin.api.security.CurrentUser;
import org.poliin.api.security.PlatformUser;
import org.poliin.api.security.Roles;

/**
 * {@code /api/v1/users}: the users of the realm {@code poliin}. Administrators manage them; every user
 * reads who they are ({@code /users/me}) and changes their own password.
 */
@Component(service = UsersResource.class)
@JaxrsResource
@JaxrsName("poliin.security.users")
@JaxrsApplicationSelect(PlatformRest.APPLICATION_SELECT)
@Path("users")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public final class UsersResource {

    private final UserDirectory users;
    private final CurrentUser currentUser;

    @Activate
    public UsersResource(@Reference UserDirectory users, @Reference CurrentUser currentUser) {
        this.users = users;
        this.currentUser = currentUser;
    }

    @GET
    @RolesAllowed(Roles.ADMIN)
    public List<UserDTO> list() {
        return users.list().stream().map(user -> UserDTO.of(user.name(), user.roles())).toList();
    }

    @GET
    @Path("me")
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR, Roles.COUNSELLOR, Roles.STAFF, Roles.VIEWER})
    public UserDTO me() {
        PlatformUser user = caller();
        return UserDTO.of(user.name(), PlatformRoles.ordered(user.roles()));
    }

    @GET
    @Path("{name}")
    @RolesAllowed(Roles.ADMIN)
    public UserDTO get(@PathParam("name") String name) {
        UserView user = users.get(name);
        return UserDTO.of(user.name(), user.roles());
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    public Response create(@Valid @NotNull NewUserInput input, @Context UriInfo uriInfo) {
        UserView user = users.create(body(input).name, input.password, input.roles);
        URI location = uriInfo.getAbsolutePathBuilder().path(user.name()).build();
        return Response.created(location).entity(UserDTO.of(user.name(), user.roles())).build();
    }

    @PUT
    @Path("{name}/roles")
    @RolesAllowed(Roles.ADMIN)
    public UserDTO setRoles(@PathParam("name") String name, @Valid @NotNull RolesInput input) {
        UserView user = users.setRoles(name, body(input).roles);
        return UserDTO.of(user.name(), user.roles());
    }

    /** Administrators change anyone's password; other users their own, with the current one. */
    @PUT
    @Path("{name}/password")
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR, Roles.COUNSELLOR, Roles.STAFF, Roles.VIEWER})
    public Response changePassword(@PathParam("name") String name, @Valid @NotNull PasswordInput input) {
        users.changePassword(name, body(input).password, input.currentPassword, caller());
        return Response.noContent().build();
    }

    @DELETE
    @Path("{name}")
    @RolesAllowed(Roles.ADMIN)
    public Response delete(@PathParam("name") String name) {
        users.delete(name);
        return Response.noContent().build();
    }

    /** A missing body is invalid input (400), whether or not Bean Validation ran before. */
    private static <T> T body(T input) {
        if (input == null) {
            throw InvalidInputException.of("body", LocalizedText.of("lipsește", "is missing"));
        }
        return input;
    }

    private PlatformUser caller() {
        // The authorization filter lets no anonymous request reach these methods; this guards a misconfiguration.
        return currentUser.get().orElseThrow(() -> new AccessDeniedException(
                LocalizedText.of("Nu sunteți autentificat.", "You are not authenticated.")));
    }
}
