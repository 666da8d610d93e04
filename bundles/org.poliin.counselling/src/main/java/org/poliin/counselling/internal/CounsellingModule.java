package org.poliin.counselling.internal;

import java.util.List;
import java.util.Set;

import org.osgi.service.component.annotations.Component;
import org.poliin.api.common.LocalizedText;
import org.poliin.api.event.EventTypeDTO;
import org.poliin.api.module.PlatformModule;
import org.poliin.api.security.Roles;

/** Tells the platform the module is here: its id, names and event type. */
@Component(property = PlatformModule.MODULE_ID_PROPERTY + "=" + CounsellingModule.ID)
public final class CounsellingModule implements PlatformModule {

    /** The module id: a public contract (REST paths below /api/v1/counselling/), never changed. */
    public static final String ID = "counselling";

    /** Facilitated group meetings of the counselling centre: a core event type. */
    public static final String GROUP_MEETING = ID + ".group-meeting";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public LocalizedText name() {
        return LocalizedText.of("Consiliere pentru studenți din grupuri vulnerabile", "Counselling support for vulnerable students");
    }

    @Override
    public LocalizedText description() {
        return LocalizedText.of("Studenți sprijiniți, întâlniri de grup facilitate, planuri de sprijin, alerte timpurii, retenție.", "Supported students, facilitated group meetings, support plans, early alerts, retention.");
    }

    @Override
    public List<EventTypeDTO> eventTypes() {
        // Who attends a counselling group is special-category information: counsellors only, every read audited.
        return List.of(EventTypeDTO.restricted(GROUP_MEETING,
                LocalizedText.of("Întâlnire de grup facilitată (consiliere)", "Facilitated group meeting (counselling)"),
                Set.of(Roles.COUNSELLOR)));
    }
}
