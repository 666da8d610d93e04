package org.poliin.core.internal.module;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.Version;
import org.poliin.api.common.LocalizedText;
import org.poliin.api.event.EventTypeDTO;
import org.poliin.api.indicator.IndicatorDefinition;
import org.poliin.api.indicator.IndicatorProvider;
import org.poliin.api.indicator.ReportPeriod;
import org.poliin.api.module.PlatformModule;

class ModuleTrackerTest {

    private final ModuleTracker tracker = new ModuleTracker();

    private static PlatformModule module(String id, EventTypeDTO... types) {
        return new PlatformModule() {
            @Override
            public String id() {
                return id;
            }

            @Override
            public LocalizedText name() {
                return LocalizedText.of("Modul " + id, "Module " + id);
            }

            @Override
            public LocalizedText description() {
                return LocalizedText.of("-", "-");
            }

            @Override
            public List<EventTypeDTO> eventTypes() {
                return List.of(types);
            }
        };
    }

    @SuppressWarnings("unchecked")
    private static ServiceReference<PlatformModule> reference(long serviceId, String bundle, String version,
            String moduleId) {
        ServiceReference<PlatformModule> reference = mock(ServiceReference.class);
        Bundle owner = mock(Bundle.class);
        when(owner.getSymbolicName()).thenReturn(bundle);
        when(owner.getVersion()).thenReturn(Version.parseVersion(version));
        when(reference.getBundle()).thenReturn(owner);
        when(reference.getProperty("service.id")).thenReturn(serviceId);
        when(reference.getProperty(PlatformModule.MODULE_ID_PROPERTY)).thenReturn(moduleId);
        return reference;
    }

    @Test
    void aModuleIsListedWhileItsServiceIsRegistered() {
        PlatformModule outreach = module("outreach",
                EventTypeDTO.of("outreach.school-visit", LocalizedText.of("Vizită", "Visit")),
                EventTypeDTO.of("other.type", LocalizedText.of("Străin", "Foreign")));
        ServiceReference<PlatformModule> reference = reference(10, "org.example.outreach", "1.2.0", "outreach");
        tracker.addModule(outreach, reference);
        tracker.addIndicators(new IndicatorProvider() {
            @Override
            public String moduleId() {
                return "outreach";
            }

            @Override
            public List<IndicatorDefinition> definitions() {
                return List.of(IndicatorDefinition.of("outreach.schools-visited", LocalizedText.of("a", "a"), "count",
                        LocalizedText.of("a", "a")));
            }

            @Override
            public Map<String, BigDecimal> compute(ReportPeriod period) {
                return Map.of();
            }
        });

        assertThat(tracker.modules()).singleElement().satisfies(dto -> {
            assertThat(dto.id).isEqualTo("outreach");
            assertThat(dto.version).isEqualTo("1.2.0");
            assertThat(dto.bundle).isEqualTo("org.example.outreach");
            // a type that does not carry the module's prefix is not the module's to declare
            assertThat(dto.eventTypes).extracting(t -> t.key).containsExactly("outreach.school-visit");
            assertThat(dto.eventTypes.get(0).moduleId).isEqualTo("outreach");
            assertThat(dto.indicators).containsExactly("outreach.schools-visited");
            assertThat(dto.privacyDeclared).isFalse();
        });

        tracker.removeModule(outreach, reference);
        assertThat(tracker.modules()).isEmpty();
        assertThat(tracker.module("outreach")).isEmpty();
    }

    @Test
    void ofTwoModulesWithOneIdTheFirstIsListedAndTheSecondTakesOverWhenItGoes() {
        PlatformModule first = module("vouchers");
        PlatformModule second = module("vouchers");
        ServiceReference<PlatformModule> firstReference = reference(5, "org.a.vouchers", "1.0.0", "vouchers");
        ServiceReference<PlatformModule> secondReference = reference(9, "org.b.vouchers", "2.0.0", "vouchers");
        tracker.addModule(first, firstReference);
        tracker.addModule(second, secondReference);
        assertThat(tracker.modules()).extracting(m -> m.bundle).containsExactly("org.a.vouchers");

        tracker.removeModule(first, firstReference);
        assertThat(tracker.modules()).extracting(m -> m.bundle).containsExactly("org.b.vouchers");
    }

    @Test
    void invalidIdsAndTheCoresIdAreNotModules() {
        tracker.addModule(module("Bad Id"), reference(1, "x", "1.0.0", "Bad Id"));
        tracker.addModule(module("core"), reference(2, "y", "1.0.0", "core"));
        assertThat(tracker.modules()).isEmpty();
    }
}
