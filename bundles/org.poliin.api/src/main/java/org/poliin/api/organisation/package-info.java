/**
 * Organisations (high schools, universities, partners) and the localities they are in.
 */
@Export
@Version("1.0.0")
package org.poliin.api.organisation;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
