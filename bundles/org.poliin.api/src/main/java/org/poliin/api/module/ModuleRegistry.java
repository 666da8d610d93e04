package org.poliin.api.module;

import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/** The modules present in the running platform. */
@ProviderType
public interface ModuleRegistry {

    /** The modules present now, ordered by id. */
    List<ModuleDTO> modules();

    /** The module with this id, if it is present now. */
    Optional<ModuleDTO> module(String id);
}
