/**
 * CSV import with a row-by-row report, shared by the core and the modules.
 */
@Export
@Version("1.1.0")
package org.poliin.api.imports;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
