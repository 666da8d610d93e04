package org.poliin.security.internal.realm;

import java.lang.annotation.Annotation;

/** A {@link RealmConfig} as Configuration Admin would hand it. */
record TestRealmConfig(String module, int rank, String flags) implements RealmConfig {

    static TestRealmConfig defaults() {
        return new TestRealmConfig("properties", 1, "required");
    }

    @Override
    public Class<? extends Annotation> annotationType() {
        return RealmConfig.class;
    }
}
