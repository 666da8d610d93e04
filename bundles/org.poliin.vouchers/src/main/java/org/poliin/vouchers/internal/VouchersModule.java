package org.poliin.vouchers.internal;

import org.osgi.service.component.annotations.Component;
import org.poliin.api.common.LocalizedText;
import org.poliin.api.module.PlatformModule;

/** Tells the platform the module is here: its id and names. */
@Component(property = PlatformModule.MODULE_ID_PROPERTY + "=" + VouchersModule.ID)
public final class VouchersModule implements PlatformModule {

    /** The module id: a public contract (REST paths below /api/v1/vouchers/), never changed. */
    public static final String ID = "vouchers";

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
}
