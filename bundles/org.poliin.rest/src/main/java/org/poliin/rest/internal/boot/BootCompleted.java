package org.poliin.rest.internal.boot;

/**
 * The service {@link BootGate} registers once the boot has registered every resource it brings; the
 * platform application waits for it. It carries nothing: its presence is the signal.
 */
public final class BootCompleted {

    BootCompleted() {
    }
}
