/**
 * Demo data sets that modules contribute; loaded only when the demo switch is on.
 */
@Export
@Version("1.0.0")
package org.poliin.api.demo;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
