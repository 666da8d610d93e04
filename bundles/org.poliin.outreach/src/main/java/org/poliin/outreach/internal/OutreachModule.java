package org.poliin.outreach.internal;

import java.util.List;

import org.osgi.service.component.annotations.Component;
import org.poliin.api.common.LocalizedText;
import org.poliin.api.event.EventTypeDTO;
import org.poliin.api.module.PlatformModule;

/** Tells the platform the module is here: its id, names and the event type it owns (the school visit). */
@Component(property = PlatformModule.MODULE_ID_PROPERTY + "=" + OutreachModule.ID)
public final class OutreachModule implements PlatformModule {

    /** The module id: a public contract (REST paths below /api/v1/outreach/), never changed. */
    public static final String ID = "outreach";

    /** The event type of a school visit. */
    public static final String SCHOOL_VISIT = ID + ".school-visit";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public LocalizedText name() {
        return LocalizedText.of("Informare în liceele din mediul rural și din orașele mici", "Outreach to rural and small-town high schools");
    }

    @Override
    public LocalizedText description() {
        return LocalizedText.of("Vizite în licee eligibile, elevi informați, materiale și pâlnia de admitere.", "Visits to eligible high schools, pupils informed, materials and the admission funnel.");
    }

    @Override
    public List<EventTypeDTO> eventTypes() {
        // The participants of a visit are the university's team and the teachers who agreed to be named:
        // every role but viewer may see them, as for most events.
        return List.of(EventTypeDTO.of(SCHOOL_VISIT, LocalizedText.of("Vizită într-un liceu", "High school visit")));
    }
}
