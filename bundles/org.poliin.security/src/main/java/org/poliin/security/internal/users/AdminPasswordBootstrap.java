package org.poliin.security.internal.users;

import java.io.PrintStream;
import java.security.SecureRandom;
import java.util.List;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

import org.poliin.api.errors.FieldViolation;
import org.poliin.api.security.Roles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creates the user {@code admin} when the realm has no administrator. There is never a default password:
 * it comes from the environment variable {@value #ENV_VARIABLE}, else from the configuration, else it is
 * generated and shown once.
 */
public final class AdminPasswordBootstrap {

    /** The name of the environment variable: a contract with the installation scripts. */
    public static final String ENV_VARIABLE = "POLIIN_ADMIN_PASSWORD";
    public static final String ADMIN = "admin";

    /** Letters and digits that cannot be mistaken for one another (no 0/O, 1/l/I). */
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
    /** 24 of 57 symbols: about 140 bits. */
    private static final int GENERATED_LENGTH = 24;

    private static final Logger LOG = LoggerFactory.getLogger(AdminPasswordBootstrap.class);

    public enum Outcome { READ_ONLY_REALM, ADMIN_PRESENT, CREATED_FROM_ENVIRONMENT, CREATED_FROM_CONFIGURATION,
        CREATED_WITH_GENERATED_PASSWORD, FAILED }

    private final UserDirectory users;
    private final String configuredPassword;
    private final boolean logGeneratedPassword;
    private final UnaryOperator<String> environment;
    private final PrintStream out;
    private final Supplier<String> generator;

    public AdminPasswordBootstrap(UserDirectory users, String configuredPassword, boolean logGeneratedPassword,
            UnaryOperator<String> environment, PrintStream out, Supplier<String> generator) {
        this.users = users;
        this.configuredPassword = configuredPassword;
        this.logGeneratedPassword = logGeneratedPassword;
        this.environment = environment;
        this.out = out;
        this.generator = generator;
    }

    public Outcome run() {
        try {
            if (!users.writable()) {
                LOG.info("The realm's users are managed outside the platform (read-only): no admin is created");
                return Outcome.READ_ONLY_REALM;
            }
            if (users.hasAdmin()) {
                LOG.debug("The realm has an administrator: no admin is created");
                return Outcome.ADMIN_PRESENT;
            }
            String fromEnvironment = usable(environment.apply(ENV_VARIABLE), "the environment variable " + ENV_VARIABLE);
            if (fromEnvironment != null) {
                users.create(ADMIN, fromEnvironment, List.of(Roles.ADMIN));
                LOG.info("Created user 'admin' (role admin) with the password of the environment variable {}", ENV_VARIABLE);
                return Outcome.CREATED_FROM_ENVIRONMENT;
            }
            String fromConfiguration = usable(configuredPassword, "admin.password of " + BootstrapConfig.PID);
            if (fromConfiguration != null) {
                users.create(ADMIN, fromConfiguration, List.of(Roles.ADMIN));
                LOG.info("Created user 'admin' (role admin) with the password of admin.password in {}; "
                        + "remove it from the configuration now", BootstrapConfig.PID);
                return Outcome.CREATED_FROM_CONFIGURATION;
            }
            String generated = generator.get();
            users.create(ADMIN, generated, List.of(Roles.ADMIN));
            out.println();
            out.println("POLI_IN: created user 'admin' with the generated password: " + generated);
            out.println("POLI_IN: it is shown only once; change it now (PUT /api/v1/users/admin/password, "
                    + "or jaas:realm-manage --realm poliin; jaas:user-add admin NEW_PASSWORD; jaas:update).");
            out.flush();
            if (logGeneratedPassword) {
                LOG.warn("Created user 'admin' with a generated password, printed once on the standard output of "
                        + "the Karaf process and here: {} . Change it now. (Set {} or admin.password of {} to "
                        + "choose it; set generated.password.log=false there to keep it out of the log.)",
                        generated, ENV_VARIABLE, BootstrapConfig.PID);
            } else {
                LOG.warn("Created user 'admin' with a generated password, printed once on the standard output of "
                        + "the Karaf process (the console of bin/karaf; with bin/start, the file named by "
                        + "KARAF_REDIRECT). Change it now.");
            }
            return Outcome.CREATED_WITH_GENERATED_PASSWORD;
        } catch (RuntimeException e) {
            LOG.error("Could not create the first administrator 'admin' in realm poliin: {}. Is the feature "
                    + "spring-security-crypto-encryption installed? Create the user with the jaas:* commands, or "
                    + "fix the cause and update the configuration {} to try again.", e.getMessage(), BootstrapConfig.PID, e);
            return Outcome.FAILED;
        }
    }

    /** The password, if set and acceptable; a refused one is reported (never shown) and skipped. */
    private static String usable(String password, String source) {
        if (password == null || password.isEmpty()) {
            return null;
        }
        List<FieldViolation> violations = UserRules.passwordViolations("password", ADMIN, password);
        if (!violations.isEmpty()) {
            LOG.error("The password from {} is not used: it {}", source,
                    violations.stream().map(v -> v.message.en).collect(Collectors.joining(" and ")));
            return null;
        }
        return password;
    }

    /** A random password of {@value #GENERATED_LENGTH} unambiguous letters and digits. */
    public static String generatePassword(SecureRandom random) {
        StringBuilder password = new StringBuilder(GENERATED_LENGTH);
        for (int i = 0; i < GENERATED_LENGTH; i++) {
            password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }
}
