package org.poliin.api.privacy;

import java.time.Instant;
import java.util.List;

import org.osgi.dto.DTO;

/** Everything the platform stores about one person, gathered from every module present. */
public class PersonalDataExportDTO extends DTO {

    public long personId;
    public Instant generatedAt;
    public List<ModuleData> modules;

    /** One module's records about the person. */
    public static class ModuleData extends DTO {
        public String moduleId;
        public List<PersonalDataRecord> records;
    }
}
