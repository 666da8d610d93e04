/**
 * Small value types shared by every part of the contract: bilingual text, paging (by key or by number).
 */
@Export
@Version("1.1.0")
package org.poliin.api.common;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
