package org.poliin.security.internal.auth;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReasonsTest {

    @Test
    void trimsAndKeepsTheText() {
        assertThat(Reasons.normalize("  Verificare dosar bursă socială  ")).isEqualTo("Verificare dosar bursă socială");
    }

    @Test
    void blankOrMissingIsNoReason() {
        assertThat(Reasons.normalize(null)).isNull();
        assertThat(Reasons.normalize("   ")).isNull();
    }

    @Test
    void lineBreaksCannotForgeAuditLines() {
        assertThat(Reasons.normalize("motiv\r\nactor=admin")).isEqualTo("motiv  actor=admin");
    }

    @Test
    void isCutAt500Characters() {
        assertThat(Reasons.normalize("a".repeat(600))).hasSize(500);
        assertThat(Reasons.normalize("a".repeat(500))).hasSize(500);
    }

    @Test
    void doesNotSplitASurrogatePair() {
        String reason = "a".repeat(499) + "\uD83D\uDE00" + "b";

        assertThat(Reasons.normalize(reason)).isEqualTo("a".repeat(499));
    }
}
