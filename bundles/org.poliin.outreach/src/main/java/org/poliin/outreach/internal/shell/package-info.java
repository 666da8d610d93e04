/**
 * Karaf shell commands for sysadmins ({@code outreach:*}): imports from a file, with the row report.
 */
@Header(name = "Karaf-Commands", value = "org.poliin.outreach.internal.shell")
package org.poliin.outreach.internal.shell;

import org.osgi.annotation.bundle.Header;
