package org.poliin.example.mentoring.internal;

import java.util.List;
import java.util.Set;

import org.osgi.service.component.annotations.Component;
import org.poliin.api.common.LocalizedText;
import org.poliin.api.event.EventTypeDTO;
import org.poliin.api.module.PlatformModule;
import org.poliin.api.security.Roles;

/** Tells the platform the module is here: its id, names and the event type it owns. */
@Component(property = PlatformModule.MODULE_ID_PROPERTY + "=" + MentoringModule.ID)
public final class MentoringModule implements PlatformModule {

    public static final String ID = "mentoring";
    public static final String SESSION = ID + ".session";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public LocalizedText name() {
        return LocalizedText.of("Mentorat între studenți", "Peer mentoring");
    }

    @Override
    public LocalizedText description() {
        return LocalizedText.of(
                "Studenți din anii mari îndrumă studenți din anul întâi în primul lor semestru.",
                "Senior students guide first-year students through their first semester.");
    }

    @Override
    public List<EventTypeDTO> eventTypes() {
        // Who meets whom in mentoring is personal: coordinators and staff see it, viewers never.
        return List.of(EventTypeDTO.restricted(SESSION, LocalizedText.of("Întâlnire de mentorat", "Mentoring session"),
                Set.of(Roles.ADMIN, Roles.COORDINATOR, Roles.STAFF)));
    }
}
