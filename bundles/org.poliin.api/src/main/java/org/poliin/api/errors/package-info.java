/**
 * Exceptions that services throw for the caller's mistakes; the REST layer turns each into an RFC 9457 problem with the matching 4xx status.
 */
@Export
@Version("1.0.0")
package org.poliin.api.errors;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
