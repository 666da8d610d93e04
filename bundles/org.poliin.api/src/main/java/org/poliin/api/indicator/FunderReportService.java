package org.poliin.api.indicator;

import org.osgi.annotation.versioning.ProviderType;

/** Assembles the funder report from the indicators of every module present. */
@ProviderType
public interface FunderReportService {

    FunderReportDTO report(ReportPeriod period);
}
