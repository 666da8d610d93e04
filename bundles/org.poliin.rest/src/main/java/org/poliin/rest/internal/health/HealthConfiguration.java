package org.poliin.rest.internal.health;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** The configuration of {@code GET /api/v1/health} (PID {@value HealthResource#PID}). */
@ObjectClassDefinition(
        name = "POLI_IN – starea platformei / platform health",
        description = "Verificările rulate de GET /api/v1/health. / The checks that GET /api/v1/health runs.")
public @interface HealthConfiguration {

    @AttributeDefinition(
            name = "Timp maxim (ms) / Timeout (ms)",
            description = "Cât așteaptă răspunsul verificărilor; o verificare mai lentă este raportată WARN. "
                    + "/ How long to wait for the checks; a slower check is reported as WARN.",
            min = "100")
    int timeoutMillis() default 5000;

    @AttributeDefinition(
            name = "Păstrarea rezultatului (ms) / Result kept for (ms)",
            description = "Cât timp se răspunde cu același rezultat, fără a rula din nou verificările (0: niciodată); "
                    + "/health este deschis oricui. / How long the same outcome is answered without running the "
                    + "checks again (0: never); /health is open to anyone.",
            min = "0")
    long cacheMillis() default 2000;

    @AttributeDefinition(
            name = "Etichete / Tags",
            description = "Verificările Apache Felix rulate: cele cu una dintre aceste etichete (hc.tags). "
                    + "/ The Apache Felix checks run: those with one of these tags (hc.tags).")
    String[] tags() default { HealthResource.TAG };
}
