/**
 * Indicators that modules contribute to the one funder report.
 */
@Export
@Version("1.0.0")
package org.poliin.api.indicator;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
