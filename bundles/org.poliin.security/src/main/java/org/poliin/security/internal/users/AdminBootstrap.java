package org.poliin.security.internal.users;

import java.security.SecureRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;

/**
 * Runs {@link AdminPasswordBootstrap} once the user directory is there. It runs on its own thread, not in
 * DS activation: hashing waits (up to 20 s in Karaf) for the bcrypt encryption service, which may start
 * after this bundle. A configuration change re-creates the component and so tries again.
 */
@Component(configurationPid = BootstrapConfig.PID)
@Designate(ocd = BootstrapConfig.class)
public final class AdminBootstrap {

    private final ExecutorService executor;

    @Activate
    public AdminBootstrap(@Reference UserDirectory users, BootstrapConfig config) {
        SecureRandom random = new SecureRandom();
        AdminPasswordBootstrap bootstrap = new AdminPasswordBootstrap(users, config.admin_password(),
                config.generated_password_log(), System::getenv, System.out,
                () -> AdminPasswordBootstrap.generatePassword(random));
        executor = Executors.newSingleThreadExecutor(task -> {
            Thread thread = new Thread(task, "poliin-admin-bootstrap");
            thread.setDaemon(true);
            return thread;
        });
        executor.execute(bootstrap::run);
    }

    @Deactivate
    void deactivate() {
        executor.shutdownNow();
    }
}
