/**
 * Demo data sets that modules contribute; loaded only when the demo switch is on ({@code enabled = true} in {@code etc/org.poliin.demo.cfg}); and volume data sets that fill the tables at a university's real size for measurements ({@code poliin:generate-data}).
 */
@Export
@Version("1.1.0")
package org.poliin.api.demo;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
