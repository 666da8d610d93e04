package org.poliin.rest.internal.problem;

import org.poliin.api.common.LocalizedText;

/** The problem type, title and detail of the HTTP errors that JAX-RS itself raises. */
final class HttpProblems {

    private HttpProblems() {
    }

    record Kind(String type, LocalizedText title, LocalizedText detail) {
    }

    static Kind of(int status, RequestInfo request) {
        String path = request.path() == null ? "" : " " + request.path();
        return switch (status) {
            case 400 -> new Kind("bad-request", LocalizedText.of("Cerere greșită", "Bad request"),
                    LocalizedText.of("Cererea nu este validă.", "The request is not valid."));
            case 401 -> new Kind("unauthenticated", LocalizedText.of("Autentificare necesară", "Authentication required"),
                    LocalizedText.of("Autentificați-vă pentru a folosi această resursă.",
                            "Log in to use this resource."));
            case 403 -> new Kind("forbidden", LocalizedText.of("Acces interzis", "Access denied"),
                    LocalizedText.of("Nu aveți dreptul să folosiți această resursă.",
                            "You are not allowed to use this resource."));
            case 404 -> new Kind("not-found", LocalizedText.of("Resursă inexistentă", "Not found"),
                    LocalizedText.of("Nu există nicio resursă la adresa" + path + ".",
                            "There is no resource at" + path + "."));
            case 405 -> new Kind("method-not-allowed", LocalizedText.of("Metodă nepermisă", "Method not allowed"),
                    request.method() == null
                            ? LocalizedText.of("Resursa" + path + " nu acceptă această metodă.",
                                    "The resource" + path + " does not accept this method.")
                            : LocalizedText.of("Resursa" + path + " nu acceptă metoda " + request.method() + ".",
                                    "The resource" + path + " does not accept the method " + request.method() + "."));
            case 406 -> new Kind("not-acceptable", LocalizedText.of("Format indisponibil", "Not acceptable"),
                    LocalizedText.of("Resursa nu poate răspunde în formatul cerut prin antetul Accept.",
                            "The resource cannot answer in the format the Accept header asks for."));
            case 409 -> new Kind("conflict",
                    LocalizedText.of("Conflict cu starea curentă", "Conflict with the current state"),
                    LocalizedText.of("Cererea este în conflict cu starea curentă a resursei.",
                            "The request conflicts with the current state of the resource."));
            case 413 -> new Kind("payload-too-large", LocalizedText.of("Conținut prea mare", "Payload too large"),
                    LocalizedText.of("Conținutul trimis este prea mare.", "The request body is too large."));
            case 415 -> new Kind("unsupported-media-type",
                    LocalizedText.of("Tip de conținut nesuportat", "Unsupported media type"),
                    isBlank(request.contentType())
                            ? LocalizedText.of("Cererea nu spune tipul conținutului (antetul Content-Type).",
                                    "The request does not say the type of its content (Content-Type header).")
                            : LocalizedText.of("Resursa nu acceptă conținut de tipul " + request.contentType() + ".",
                                    "The resource does not accept content of type " + request.contentType() + "."));
            case 429 -> new Kind("too-many-requests", LocalizedText.of("Prea multe cereri", "Too many requests"),
                    LocalizedText.of("Ați trimis prea multe cereri; reveniți puțin mai târziu.",
                            "Too many requests; try again a little later."));
            case 503 -> new Kind("service-unavailable",
                    LocalizedText.of("Serviciu indisponibil", "Service unavailable"),
                    LocalizedText.of("Serviciul este temporar indisponibil; reveniți puțin mai târziu.",
                            "The service is unavailable for now; try again a little later."));
            default -> new Kind("http-" + status, LocalizedText.of("Eroare HTTP " + status, "HTTP error " + status),
                    LocalizedText.of("Cererea nu a putut fi servită (HTTP " + status + ").",
                            "The request could not be served (HTTP " + status + ")."));
        };
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
