package org.poliin.core.internal.rest;

import static org.poliin.api.security.Roles.ADMIN;
import static org.poliin.api.security.Roles.COORDINATOR;
import static org.poliin.api.security.Roles.COUNSELLOR;
import static org.poliin.api.security.Roles.STAFF;
import static org.poliin.api.security.Roles.VIEWER;

import java.util.List;

import javax.annotation.security.RolesAllowed;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;
import org.poliin.api.common.LocalizedText;
import org.poliin.api.errors.RecordNotFoundException;
import org.poliin.api.module.ModuleDTO;
import org.poliin.api.module.ModuleRegistry;
import org.poliin.api.rest.PlatformRest;

/** {@code /api/v1/modules}: the modules present now. */
@Component(service = ModulesResource.class)
@JaxrsResource
@JaxrsApplicationSelect(PlatformRest.APPLICATION_SELECT)
@Path("modules")
@Produces(MediaType.APPLICATION_JSON)
public final class ModulesResource {

    private final ModuleRegistry modules;

    @Activate
    public ModulesResource(@Reference ModuleRegistry modules) {
        this.modules = modules;
    }

    @GET
    @RolesAllowed({ ADMIN, COORDINATOR, COUNSELLOR, STAFF, VIEWER })
    public List<ModuleDTO> list() {
        return modules.modules();
    }

    @GET
    @Path("{id}")
    @RolesAllowed({ ADMIN, COORDINATOR, COUNSELLOR, STAFF, VIEWER })
    public ModuleDTO get(@PathParam("id") String id) {
        return modules.module(id)
                .orElseThrow(() -> RecordNotFoundException.of(LocalizedText.of("modul instalat", "installed module"), id));
    }
}
