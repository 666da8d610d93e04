/**
 * The privacy contract, modelled on Moodle's Privacy API: every module declares the personal data it stores, and exports and erases it for one person on request.
 */
@Export
@Version("1.0.0")
package org.poliin.api.privacy;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
