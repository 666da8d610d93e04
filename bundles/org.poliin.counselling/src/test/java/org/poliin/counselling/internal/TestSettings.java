package org.poliin.counselling.internal;

import java.lang.reflect.Proxy;
import java.util.Map;

/** The module's settings as DS would build them: the configuration's defaults, some overridden. */
public final class TestSettings {

    private TestSettings() {
    }

    /** {@code overrides}: method name (for example smallGroup_minimum) to value. */
    public static CounsellingSettings with(Map<String, Object> overrides) {
        CounsellingConfiguration configuration = (CounsellingConfiguration) Proxy.newProxyInstance(
                CounsellingConfiguration.class.getClassLoader(), new Class<?>[] { CounsellingConfiguration.class },
                (proxy, method, args) -> overrides.containsKey(method.getName()) ? overrides.get(method.getName())
                        : method.getDefaultValue() != null ? method.getDefaultValue()
                                : method.getName().equals("annotationType") ? CounsellingConfiguration.class : null);
        return new CounsellingSettings(configuration);
    }

    public static CounsellingSettings defaults() {
        return with(Map.of());
    }
}
