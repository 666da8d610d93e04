package org.poliin.itests;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;

/**
 * A real SMTP server (GreenMail) in the test runner's JVM, for the platform under test to deliver its
 * outbox to. Kept out of the test classes' fields: those are also loaded inside the container, which
 * has no GreenMail.
 */
final class TestSmtpServer {

    private static GreenMail server;

    private TestSmtpServer() {
    }

    /** Starts the server once; returns its port. */
    static synchronized int port() {
        if (server == null) {
            server = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
            server.start();
        }
        return server.getSmtp().getPort();
    }
}
