/**
 * The append-only audit log.
 */
@Export
@Version("1.0.0")
package org.poliin.api.audit;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
