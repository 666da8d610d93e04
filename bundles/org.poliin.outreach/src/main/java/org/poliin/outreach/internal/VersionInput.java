package org.poliin.outreach.internal;

import javax.validation.constraints.NotNull;
import javax.validation.constraints.PositiveOrZero;

import org.osgi.dto.DTO;

/** A change that needs only the version of the record read, such as cancelling a visit. */
public class VersionInput extends DTO {

    @NotNull
    @PositiveOrZero
    public Long version;
}
