package org.poliin.rest.internal.boot;

/**
 * Whether the boot is over, from successive observations: Karaf's boot features are installed and no
 * schema is waiting, on {@code required} polls in a row (a single poll may fall in the moment between
 * the core's schema reported migrated and the modules' schemas reported waiting).
 */
final class BootCondition {

    private final int required;
    private int inARow;

    BootCondition(int required) {
        this.required = required;
    }

    /** Records one poll; true once the boot has been seen over on enough polls in a row. */
    synchronized boolean observe(boolean bootFinished, boolean schemasSettled) {
        inARow = bootFinished && schemasSettled ? inARow + 1 : 0;
        return inARow >= required;
    }
}
