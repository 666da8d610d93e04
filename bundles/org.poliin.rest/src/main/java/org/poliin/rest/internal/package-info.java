/**
 * The platform's JAX-RS application and its extensions. Private: nothing here is exported.
 */
package org.poliin.rest.internal;
