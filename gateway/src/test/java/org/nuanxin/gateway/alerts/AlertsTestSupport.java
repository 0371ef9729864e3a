package org.nuanxin.gateway.alerts;

import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.UUID;

import static org.nuanxin.gateway.supervision.Publish.CARE_HOME;
import static org.nuanxin.gateway.supervision.Publish.event;
import static org.nuanxin.gateway.supervision.Publish.now;

/** For other tests: a site below standard, and waiting for its alert. */
public final class AlertsTestSupport {

    private AlertsTestSupport() {
    }

    public static UUID breachedSite(String district) {
        UUID site = AlertsTest.site(district);
        event(CARE_HOME, "standard-breached", site, AlertsTest.standard(site, district, List.of("REGULAR_VOLUNTEERS"), now()));
        return site;
    }

    /** Waits up to 30 s for a live alert the city coordinator sees that matches. */
    public static Map<String, Object> awaitAlert(Predicate<Map<String, Object>> matches) {
        return AlertsTest.awaitAlert("city", matches);
    }

    public static void awaitAlertAbout(UUID subject) {
        AlertsTest.awaitAlert("city", a -> subject.toString().equals(String.valueOf(a.get("subjectId"))));
    }
}
