package org.poliin.core.internal.demo;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(name = "POLI_IN demo data",
        description = "Loads the modules' demo data sets. Off by default: never turn it on for a production database.")
public @interface DemoConfiguration {

    @AttributeDefinition(name = "Enabled", description = "Load every present module's demo data set, once per version.")
    boolean enabled() default false;
}
