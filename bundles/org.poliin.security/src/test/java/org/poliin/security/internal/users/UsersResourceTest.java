package org.poliin.security.internal.users;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.lang.reflect.Method;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import javax.annotation.security.RolesAllowed;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.UriBuilder;
import javax.ws.rs.core.UriInfo;

import org.junit.jupiter.api.Test;
import org.poliin.api.errors.InvalidInputException;
import org.poliin.api.security.CurrentUser;
import org.poliin.api.security.PlatformUser;
import org.poliin.api.security.Roles;
import org.poliin.security.internal.authz.AccessRule;

class UsersResourceTest {

    private final UserDirectory users = mock(UserDirectory.class);
    private final CurrentUser currentUser = mock(CurrentUser.class);
    private final UsersResource resource = new UsersResource(users, currentUser);

    @Test
    void meAnswersTheCurrentUser() {
        when(currentUser.get()).thenReturn(Optional.of(new PlatformUser("ana", Set.of("viewer", "counsellor"))));

        UserDTO me = resource.me();

        assertThat(me.name).isEqualTo("ana");
        assertThat(me.roles).containsExactly("counsellor", "viewer");
    }

    @Test
    void createAnswers201WithTheLocationOfTheNewUser() {
        NewUserInput input = new NewUserInput();
        input.name = "maria";
        input.password = "parola-destul-de-lunga";
        input.roles = List.of("staff");
        when(users.create("maria", "parola-destul-de-lunga", List.of("staff")))
                .thenReturn(new UserView("maria", Set.of("staff")));
        UriInfo uriInfo = mock(UriInfo.class);
        when(uriInfo.getAbsolutePathBuilder()).thenReturn(UriBuilder.fromUri("http://host/api/v1/users"));

        Response response = resource.create(input, uriInfo);

        assertThat(response.getStatus()).isEqualTo(201);
        assertThat(response.getLocation()).isEqualTo(URI.create("http://host/api/v1/users/maria"));
        assertThat(((UserDTO) response.getEntity()).roles).containsExactly("staff");
    }

    @Test
    void aMissingBodyIsInvalidInput() {
        assertThatThrownBy(() -> resource.setRoles("ana", null)).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void passwordChangeGoesToTheDirectoryWithTheCaller() {
        PlatformUser ana = new PlatformUser("ana", Set.of("staff"));
        when(currentUser.get()).thenReturn(Optional.of(ana));
        PasswordInput input = new PasswordInput();
        input.password = "noua-parola-ana-1";
        input.currentPassword = "vechea-parola-ana";

        assertThat(resource.changePassword("ana", input).getStatus()).isEqualTo(204);
        verify(users).changePassword("ana", "noua-parola-ana-1", "vechea-parola-ana", ana);
    }

    @Test
    void everyMethodDeclaresItsRolesAndOnlyMeAndPasswordAreForEveryone() throws Exception {
        for (Method method : UsersResource.class.getDeclaredMethods()) {
            if (!java.lang.reflect.Modifier.isPublic(method.getModifiers())) {
                continue;
            }
            AccessRule rule = AccessRule.of(method, UsersResource.class);
            assertThat(rule.kind()).as(method.getName()).isEqualTo(AccessRule.Kind.ROLES_ALLOWED);
            if (method.getName().equals("me") || method.getName().equals("changePassword")) {
                assertThat(rule.roles()).as(method.getName()).containsExactlyInAnyOrderElementsOf(Roles.ALL);
            } else {
                assertThat(rule.roles()).as(method.getName()).containsExactly(Roles.ADMIN);
            }
        }
        assertThat(UsersResource.class.getMethod("list").getAnnotation(RolesAllowed.class).value()).containsExactly("admin");
    }
}
