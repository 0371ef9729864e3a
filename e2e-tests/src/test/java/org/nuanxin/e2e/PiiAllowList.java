package org.nuanxin.e2e;

import java.util.List;
import java.util.Set;

/**
 * The only responses that may carry a full identity number or mobile number, and only to these roles: the roles
 * that need the value to do their work. Every other response of every journey is held to masked values by
 * {@link PiiLeakScanTest}. A new entry here is a decision about people's privacy: name the endpoint, the roles,
 * and why they need the full value; the endpoint's read must be written to the access audit.
 */
final class PiiAllowList {

    /**
     * One operation in the gateway's paths ({@code {id}} for any id) and the roles it may show full values to;
     * {@link #ANY_CALLER} for a published document.
     */
    record Entry(String method, String path, Set<String> roles, String why) {
    }

    /** Anyone, anonymous included: only for documents that hold no person's data. */
    static final Set<String> ANY_CALLER = Set.of("*");

    private static final String API_EXAMPLES = "the API documents' published examples (350203195803150022, "
            + "13906008899…): made-up values in the documented format, no person's data";

    static final List<Entry> ENTRIES = List.of(
            new Entry("GET", "/api/family/families/{id}/full", Set.of("city-coordinator", "district-coordinator"),
                    "the full family record, read with a stated purpose and written to the access audit: the "
                            + "coordinator calls the family, files its insurance and its subsidy applications"),
            new Entry("GET", "/api/family/families/{id}/visit-card", Set.of("volunteer"),
                    "the volunteer with an open task for the family calls ahead of the visit; the card closes when "
                            + "the task does, and each read is written to the access audit"),
            new Entry("GET", "/api/volunteer/service-hours/export", Set.of("city-coordinator", "district-coordinator"),
                    "the service-hours spreadsheet the association files with the volunteer corps, which names each "
                            + "volunteer by phone"),
            new Entry("GET", "/q/openapi", ANY_CALLER, API_EXAMPLES),
            new Entry("GET", "/api/openapi", ANY_CALLER, API_EXAMPLES),
            new Entry("GET", "/openapi/family", ANY_CALLER, API_EXAMPLES),
            new Entry("GET", "/openapi/volunteer", ANY_CALLER, API_EXAMPLES),
            new Entry("GET", "/openapi/insurance", ANY_CALLER, API_EXAMPLES),
            new Entry("GET", "/openapi/care-home", ANY_CALLER, API_EXAMPLES));

    private PiiAllowList() {
    }

    /** Whether this response may show full values: its operation is listed and every role of the caller is allowed. */
    static boolean allows(ResponseRecorder.Exchange exchange) {
        return exchange.status() / 100 == 2 && ENTRIES.stream().anyMatch(entry ->
                entry.method().equals(exchange.method()) && entry.path().equals(exchange.path())
                        && (entry.roles() == ANY_CALLER
                        || !exchange.roles().isEmpty() && entry.roles().containsAll(exchange.roles())));
    }
}
