/**
 * Outgoing e-mail: modules queue messages; the platform stores them with the caller's transaction and
 * delivers them through the SMTP server the sysadmin configured, retrying until delivered.
 */
@Export
@Version("1.0.0")
package org.poliin.api.mail;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
