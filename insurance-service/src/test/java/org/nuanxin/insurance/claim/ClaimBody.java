package org.nuanxin.insurance.claim;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builds a hospital's claim body as JSON maps, valid unless a test changes it. */
public final class ClaimBody {

    private final Map<String, Object> body = new LinkedHashMap<>();
    private final List<Map<String, Object>> items = new ArrayList<>();

    private ClaimBody(String personId) {
        body.put("patient", Map.of("insuredPersonId", personId));
        body.put("setting", "INPATIENT");
        body.put("admissionDate", "2025-03-02");
        body.put("dischargeDate", "2025-03-11");
        body.put("inpatientDays", 10);
        body.put("diagnosisCodes", List.of("I63.9"));
        body.put("items", items);
        body.put("attachments", List.of(Map.of("kind", "DISCHARGE_SUMMARY", "fileName", "出院小结.pdf")));
    }

    public static ClaimBody inpatient(String personId) {
        return new ClaimBody(personId);
    }

    public static ClaimBody outpatient(String personId, String date) {
        return new ClaimBody(personId).set("setting", "OUTPATIENT").stay(date, date, 0);
    }

    public ClaimBody stay(String admission, String discharge, int days) {
        body.put("admissionDate", admission);
        body.put("dischargeDate", discharge);
        body.put("inpatientDays", days);
        return this;
    }

    public ClaimBody item(String category, String amount) {
        items.add(new LinkedHashMap<>(Map.of("code", "X" + items.size(), "description", "费用 " + items.size(),
                "category", category, "amount", amount)));
        return this;
    }

    public ClaimBody set(String field, Object value) {
        body.put(field, value);
        return this;
    }

    public Map<String, Object> build() {
        if (items.isEmpty()) {
            item("MEDICINE", "1000.00");
        }
        return body;
    }
}
