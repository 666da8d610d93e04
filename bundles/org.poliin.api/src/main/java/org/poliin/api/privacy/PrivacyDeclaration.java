package org.poliin.api.privacy;

import java.util.List;

import org.osgi.dto.DTO;
import org.poliin.api.common.LocalizedText;

/** What personal data a module stores: its part of the register of processing activities. */
public class PrivacyDeclaration extends DTO {

    public String moduleId;
    /** Every place the module stores personal data; empty when it stores none. */
    public List<PersonalDataStore> stores;
    /** For a module that stores no personal data: why (for example "counts pupils, never names them"). */
    public LocalizedText noPersonalDataReason;

    public static PrivacyDeclaration of(String moduleId, List<PersonalDataStore> stores) {
        PrivacyDeclaration declaration = new PrivacyDeclaration();
        declaration.moduleId = moduleId;
        declaration.stores = List.copyOf(stores);
        return declaration;
    }

    public static PrivacyDeclaration none(String moduleId, LocalizedText reason) {
        PrivacyDeclaration declaration = of(moduleId, List.of());
        declaration.noPersonalDataReason = reason;
        return declaration;
    }
}
