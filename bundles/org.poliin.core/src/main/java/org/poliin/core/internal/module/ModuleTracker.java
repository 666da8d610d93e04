package org.poliin.core.internal.module;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.poliin.api.event.EventTypeDTO;
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
 * When two bundles register the same id, the first registered is listed and the other waits: it is
 * listed if the first goes away.
 */
@Component(service = ModuleRegistry.class)
public final class ModuleTracker implements ModuleRegistry {

    private static final Logger LOG = LoggerFactory.getLogger(ModuleTracker.class);

    private final Map<ServiceReference<PlatformModule>, PlatformModule> registrations = new ConcurrentHashMap<>();
    private final Map<String, IndicatorProvider> indicators = new ConcurrentHashMap<>();
    private final Map<String, PrivacyProvider> privacy = new ConcurrentHashMap<>();

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void addModule(PlatformModule module, ServiceReference<PlatformModule> reference) {
        String id = module.id();
        String bundle = reference.getBundle().getSymbolicName();
        if (!ModuleIds.isValid(id) || ModuleIds.CORE.equals(id)) {
            LOG.warn("Ignoring the module of bundle {}: '{}' is not a module id ({}; 'core' is the platform's)", bundle,
                    id, ModuleIds.PATTERN);
            return;
        }
        if (!id.equals(reference.getProperty(PlatformModule.MODULE_ID_PROPERTY))) {
            LOG.warn("The module service of bundle {} should carry the property {}={} (it has {})", bundle,
                    PlatformModule.MODULE_ID_PROPERTY, id, reference.getProperty(PlatformModule.MODULE_ID_PROPERTY));
        }
        registrations.put(reference, module);
        if (present().get(id).reference() != reference) {
            LOG.warn("Bundle {} registers module id '{}', which another bundle registered first; it is not listed "
                    + "while that one is present", bundle, id);
        } else {
            LOG.info("Module {} {} is present", id, reference.getBundle().getVersion());
        }
    }

    void removeModule(PlatformModule module, ServiceReference<PlatformModule> reference) {
        if (registrations.remove(reference) != null) {
            LOG.info("Module {} of bundle {} is gone", module.id(), reference.getBundle().getSymbolicName());
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
        return present().values().stream().map(this::toDTO).toList();
    }

    @Override
    public Optional<ModuleDTO> module(String id) {
        return Optional.ofNullable(present().get(id)).map(this::toDTO);
    }

    private record Registered(ServiceReference<PlatformModule> reference, PlatformModule module) {
    }

    /** The listed module of each id, by id: of several registrations of one id, the first registered. */
    private Map<String, Registered> present() {
        Map<String, Registered> present = new LinkedHashMap<>();
        registrations.entrySet().stream()
                .sorted(Map.Entry.<ServiceReference<PlatformModule>, PlatformModule>comparingByValue(
                        Comparator.comparing(PlatformModule::id))
                        .thenComparing(entry -> (Long) entry.getKey().getProperty("service.id")))
                .forEach(entry -> present.putIfAbsent(entry.getValue().id(),
                        new Registered(entry.getKey(), entry.getValue())));
        return present;
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
        copy.participantReaders = type.participantReaders == null ? Set.of() : type.participantReaders;
        copy.auditParticipantReads = type.auditParticipantReads;
        return copy;
    }
}
