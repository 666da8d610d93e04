package org.poliin.outreach.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** The module's configuration, PID {@value #PID} ({@code etc/org.poliin.outreach.cfg}). */
@ObjectClassDefinition(
        name = "POLI_IN informare în licee / POLI_IN outreach",
        description = "Ce licee sunt eligibile pentru vizite / Which high schools are eligible for visits")
public @interface OutreachConfiguration {

    String PID = "org.poliin.outreach";

    /** The property {@code eligibility.maxPopulation}. */
    @AttributeDefinition(name = "Prag de populație / Population threshold",
            description = "Un liceu este eligibil când localitatea sa este rurală sau are mai puțin de atâția "
                    + "locuitori / A high school is eligible when its locality is rural or has fewer inhabitants "
                    + "than this", min = "1")
    int eligibility_maxPopulation() default 10_000;
}
