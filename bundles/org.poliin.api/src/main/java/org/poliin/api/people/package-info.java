/**
 * The people the programme works with (the data subjects), shared by every module and referenced by id.
 */
@Export
@Version("1.0.0")
package org.poliin.api.people;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
