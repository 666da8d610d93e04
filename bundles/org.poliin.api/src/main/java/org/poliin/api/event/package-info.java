/**
 * Events of every kind (a school visit, a counselling meeting, a workshop), with participants and attendance. Each event type is owned by a module.
 */
@Export
@Version("1.1.0")
package org.poliin.api.event;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
