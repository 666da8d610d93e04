/**
 * Karaf shell commands for sysadmins ({@code poliin:*}).
 */
@Header(name = "Karaf-Commands", value = "org.poliin.core.internal.shell")
package org.poliin.core.internal.shell;

import org.osgi.annotation.bundle.Header;
