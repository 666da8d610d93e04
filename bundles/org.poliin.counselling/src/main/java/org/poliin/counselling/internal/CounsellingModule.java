package org.poliin.counselling.internal;

import org.osgi.service.component.annotations.Component;
import org.poliin.api.common.LocalizedText;
import org.poliin.api.module.PlatformModule;

/** Tells the platform the module is here: its id and names. */
@Component(property = PlatformModule.MODULE_ID_PROPERTY + "=" + CounsellingModule.ID)
public final class CounsellingModule implements PlatformModule {

    /** The module id: a public contract (REST paths below /api/v1/counselling/), never changed. */
    public static final String ID = "counselling";

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
}
