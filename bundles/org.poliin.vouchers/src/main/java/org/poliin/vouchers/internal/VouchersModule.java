package org.poliin.vouchers.internal;

import java.util.List;
import java.util.Set;

import org.osgi.service.component.annotations.Component;
import org.poliin.api.common.LocalizedText;
import org.poliin.api.event.EventTypeDTO;
import org.poliin.api.module.PlatformModule;
import org.poliin.api.security.Roles;

/** Tells the platform the module is here: its id, names and event types. */
@Component(property = PlatformModule.MODULE_ID_PROPERTY + "=" + VouchersModule.ID)
public final class VouchersModule implements PlatformModule {

    /** The module id: a public contract (REST paths below /api/v1/vouchers/), never changed. */
    public static final String ID = "vouchers";
    /** A meeting of the beneficiary group (a core event). */
    public static final String GROUP_MEETING = ID + ".group-meeting";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public LocalizedText name() {
        return LocalizedText.of("Vouchere culturale", "Cultural vouchers");
    }

    @Override
    public LocalizedText description() {
        return LocalizedText.of("Fond, cereri, acordare, vouchere unice, decontare pe locații și grupul beneficiarilor.", "Fund, applications, awards, unique vouchers, redemption per venue and the beneficiary group.");
    }

    @Override
    public List<EventTypeDTO> eventTypes() {
        // Who is in the beneficiary group tells that a student comes from a disadvantaged background:
        // the staff who run the group see the participants, viewers never, and each read is audited.
        return List.of(EventTypeDTO.restricted(GROUP_MEETING,
                LocalizedText.of("Întâlnire a grupului de beneficiari", "Beneficiary group meeting"),
                Set.of(Roles.ADMIN, Roles.COORDINATOR, Roles.COUNSELLOR, Roles.STAFF)));
    }
}
