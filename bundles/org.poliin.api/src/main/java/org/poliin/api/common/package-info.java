/**
 * Small value types shared by every part of the contract: bilingual text, paging.
 */
@Export
@Version("1.0.0")
package org.poliin.api.common;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
