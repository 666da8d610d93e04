package org.poliin.core.internal.indicator;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.poliin.api.common.LocalizedText;
import org.poliin.api.indicator.FunderReportDTO;
import org.poliin.api.indicator.FunderReportService;
import org.poliin.api.indicator.IndicatorDefinition;
import org.poliin.api.indicator.IndicatorProvider;
import org.poliin.api.indicator.ReportPeriod;
import org.poliin.api.module.ModuleDTO;
import org.poliin.api.module.ModuleRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The funder report over the indicator providers present. A provider that fails does not sink the
 * report: its module appears with an error and no values, and the failure is logged.
 */
@Component(service = FunderReportService.class)
public final class ModuleIndicatorReport implements FunderReportService {

    private static final Logger LOG = LoggerFactory.getLogger(ModuleIndicatorReport.class);

    private final ModuleRegistry modules;
    private final List<IndicatorProvider> providers = new CopyOnWriteArrayList<>();
    private final Clock clock = Clock.systemUTC();

    @Activate
    public ModuleIndicatorReport(@Reference ModuleRegistry modules) {
        this.modules = modules;
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void addProvider(IndicatorProvider provider) {
        providers.add(provider);
    }

    void removeProvider(IndicatorProvider provider) {
        providers.remove(provider);
    }

    @Override
    public FunderReportDTO report(ReportPeriod period) {
        FunderReportDTO report = new FunderReportDTO();
        report.from = period.from();
        report.to = period.to();
        report.generatedAt = Instant.now(clock);
        report.modules = new ArrayList<>();
        List<IndicatorProvider> present = new ArrayList<>(providers);
        present.sort(Comparator.comparing(IndicatorProvider::moduleId));
        for (IndicatorProvider provider : present) {
            report.modules.add(indicatorsOf(provider, period));
        }
        return report;
    }

    private FunderReportDTO.ModuleIndicators indicatorsOf(IndicatorProvider provider, ReportPeriod period) {
        FunderReportDTO.ModuleIndicators result = new FunderReportDTO.ModuleIndicators();
        result.moduleId = provider.moduleId();
        result.moduleName = modules.module(provider.moduleId()).map(module -> module.name)
                .orElse(LocalizedText.of(provider.moduleId(), provider.moduleId()));
        result.indicators = new ArrayList<>();
        try {
            List<IndicatorDefinition> definitions = provider.definitions().stream()
                    .filter(d -> d.key != null && d.key.startsWith(provider.moduleId() + ".")).toList();
            Map<String, BigDecimal> values = provider.compute(period);
            for (IndicatorDefinition definition : definitions) {
                FunderReportDTO.IndicatorValue value = new FunderReportDTO.IndicatorValue();
                value.key = definition.key;
                value.label = definition.label;
                value.unit = definition.unit;
                value.description = definition.description;
                value.value = values == null ? null : values.get(definition.key);
                result.indicators.add(value);
            }
        } catch (RuntimeException e) {
            LOG.error("The indicators of module {} could not be computed for {}", provider.moduleId(), period, e);
            result.indicators = List.of();
            result.error = LocalizedText.of("Indicatorii modulului nu au putut fi calculați; detaliile sunt în jurnalul serverului.",
                    "The module's indicators could not be computed; the server log has the details.");
        }
        return result;
    }
}
