package org.poliin.rest.internal.health;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.swagger.v3.oas.annotations.media.Schema;

/** The answer of {@code GET /api/v1/health}. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Health")
public final class HealthDTO {

    public static final String UP = "UP";
    public static final String WARN = "WARN";
    public static final String DOWN = "DOWN";

    /** {@code UP} (HTTP 200) or {@code DOWN} (HTTP 503). */
    public String status;
    public List<Check> checks;

    /** One check. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "HealthCheck")
    public static final class Check {
        public String name;
        /** {@code UP}, {@code WARN} (working, but look at it) or {@code DOWN}. */
        public String status;
        /** What the check reported; only for authenticated callers. */
        public List<String> messages;

        static Check of(String name, String status, List<String> messages) {
            Check check = new Check();
            check.name = name;
            check.status = status;
            check.messages = messages;
            return check;
        }
    }
}
