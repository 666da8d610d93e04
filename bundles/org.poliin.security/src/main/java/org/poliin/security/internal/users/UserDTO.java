package org.poliin.security.internal.users;

import java.util.ArrayList;
import java.util.List;

import org.osgi.dto.DTO;

/** A user as the REST API shows it: never a password or a hash. */
public class UserDTO extends DTO {

    public String name;
    /** The platform roles, from the most to the least powerful. */
    public List<String> roles;

    public static UserDTO of(String name, Iterable<String> roles) {
        UserDTO dto = new UserDTO();
        dto.name = name;
        List<String> list = new ArrayList<>();
        roles.forEach(list::add);
        dto.roles = List.copyOf(list);
        return dto;
    }
}
