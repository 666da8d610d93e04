package org.poliin.core.internal.backup;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(name = "POLI_IN scheduled database backup",
        description = "Copii de siguranță programate ale bazei de date Derby. / Scheduled online backups of the "
                + "embedded Derby database. Without this configuration no backup is scheduled.")
public @interface BackupConfiguration {

    @AttributeDefinition(name = "Schedule",
            description = "Când / When: a Quartz cron expression (seconds minutes hours day-of-month month "
                    + "day-of-week [year]), for example 0 0 2 * * ? for every night at 02:00 server time")
    String schedule();

    @AttributeDefinition(name = "Directory",
            description = "Unde / Where the backup folders go; empty for ${karaf.data}/backup")
    String directory() default "";

    @AttributeDefinition(name = "Keep",
            description = "Câte / How many complete backups to keep; older ones are deleted after a "
                    + "successful backup (0 keeps all)")
    int keep() default 7;
}
