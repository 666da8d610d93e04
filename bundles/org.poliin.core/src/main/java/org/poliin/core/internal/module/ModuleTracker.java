package org.poliin.core.internal.module;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;

import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.poliin.api.event.EventTypeDTO;
import org.poliin.api.indicator.IndicatorDefinition;
import org.poliin.api.indicator.IndicatorProvider;
import org.poliin.api.module.ModuleDTO;
import org.poliin.api.module.ModuleIds;
import org.poliin.api.module.ModuleRegistry;
import org.poliin.api.module.PlatformModule;
import org.poliin.api.privacy.PrivacyProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The modules present: a module is listed from the moment its {@link PlatformModule} service is
 * registered until it is unregistered. Its indicators and privacy declaration are matched by module id.
 */
@Component(service = ModuleRegistry.class)
public final class ModuleTracker implements ModuleRegistry {

    private static final Logger LOG = LoggerFactory.getLogger(ModuleTracker.class);

    private final Map<String, Registered> modules = new ConcurrentSkipListMap<>();
    private final Map<String, IndicatorProvider> indicators = new ConcurrentHashMap<>();
    private final Map<String, PrivacyProvider> privacy = new ConcurrentHashMap<>();

    private record Registered(ServiceReference<?> reference, PlatformModule module) {
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void addModule(PlatformModule module, ServiceReference<PlatformModule> reference) {
        String id = module.id();
        if (!ModuleIds.isValid(id)) {
            LOG.warn("Ignoring module with invalid id '{}' from bundle {}: ids are {}", id,
                    reference.getBundle().getSymbolicName(), ModuleIds.PATTERN);
            return;
        }
        if (ModuleIds.CORE.equals(id)) {
            LOG.warn("Ignoring module from bundle {}: the id 'core' is the platform's own",
                    reference.getBundle().getSymbolicName());
            return;
        }
        Registered previous = modules.putIfAbsent(id, new Registered(reference, module));
        if (previous != null) {
            LOG.warn("Ignoring a second module with id '{}' from bundle {}; bundle {} registered it first", id,
                    reference.getBundle().getSymbolicName(), previous.reference().getBundle().getSymbolicName());
            return;
        }
        LOG.info("Module {} {} is present", id, reference.getBundle().getVersion());
    }

    void removeModule(PlatformModule module, ServiceReference<PlatformModule> reference) {
        if (modules.remove(module.id(), new Registered(reference, module))) {
            LOG.info("Module {} is gone", module.id());
        }
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void addIndicators(IndicatorProvider provider) {
        indicators.put(provider.moduleId(), provider);
    }

    void removeIndicators(IndicatorProvider provider) {
        indicators.remove(provider.moduleId(), provider);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void addPrivacy(PrivacyProvider provider) {
        privacy.put(provider.moduleId(), provider);
    }

    void removePrivacy(PrivacyProvider provider) {
        privacy.remove(provider.moduleId(), provider);
    }

    @Override
    public List<ModuleDTO> modules() {
        return modules.values().stream().map(this::toDTO).sorted(Comparator.comparing(m -> m.id)).toList();
    }

    @Override
    public Optional<ModuleDTO> module(String id) {
        return Optional.ofNullable(modules.get(id)).map(this::toDTO);
    }

    private ModuleDTO toDTO(Registered registered) {
        PlatformModule module = registered.module();
        ModuleDTO dto = new ModuleDTO();
        dto.id = module.id();
        dto.name = module.name();
        dto.description = module.description();
        dto.version = registered.reference().getBundle().getVersion().toString();
        dto.bundle = registered.reference().getBundle().getSymbolicName();
        dto.eventTypes = module.eventTypes().stream()
                .filter(type -> ownedBy(type, dto.id))
                .map(type -> withModule(type, dto.id))
                .toList();
        IndicatorProvider provider = indicators.get(dto.id);
        dto.indicators = provider == null ? List.of()
                : provider.definitions().stream().map(d -> d.key).filter(key -> key.startsWith(dto.id + ".")).toList();
        dto.privacyDeclared = privacy.containsKey(dto.id);
        return dto;
    }

    private static boolean ownedBy(EventTypeDTO type, String moduleId) {
        if (type.key != null && type.key.startsWith(moduleId + ".")) {
            return true;
        }
        LOG.warn("Ignoring event type '{}' of module {}: keys start with the module id and a dot", type.key, moduleId);
        return false;
    }

    private static EventTypeDTO withModule(EventTypeDTO type, String moduleId) {
        EventTypeDTO copy = EventTypeDTO.of(type.key, type.name);
        copy.moduleId = moduleId;
        copy.participantReaders = type.participantReaders == null ? java.util.Set.of() : type.participantReaders;
        copy.auditParticipantReads = type.auditParticipantReads;
        return copy;
    }

    /** Only for the report: whether an indicator key belongs to its provider's module. */
    static boolean ownedBy(IndicatorDefinition definition, String moduleId) {
        return definition.key != null && definition.key.startsWith(moduleId + ".");
    }
}
