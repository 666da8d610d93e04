package org.poliin.api.privacy;

import java.time.Instant;
import java.util.List;

import org.osgi.dto.DTO;

/** What an erasure request did, module by module. */
public class ErasureReportDTO extends DTO {

    public long personId;
    public Instant erasedAt;
    public List<ModuleOutcome> modules;

    /** One module's outcome. */
    public static class ModuleOutcome extends DTO {
        public String moduleId;
        public List<ErasureOutcome> outcomes;
    }
}
