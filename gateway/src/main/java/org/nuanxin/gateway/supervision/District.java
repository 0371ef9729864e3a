package org.nuanxin.gateway.supervision;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.nuanxin.common.event.EventEnvelope;

import java.util.List;

/** One of Xiamen's six districts, in the order the supervision screen lists them. */
@Entity
@Table(name = "district")
public class District extends PanacheEntityBase {

    @Id
    @Column(name = "district_code")
    public String districtCode;

    @Column(name = "district_name")
    public String districtName;

    @Column(name = "sort_order")
    public int sortOrder;

    public static List<District> listInOrder() {
        return list("ORDER BY sortOrder");
    }

    /**
     * The district code of an event, checked: an event naming a district the city does not have cannot be applied
     * and goes to the dead-letter topic.
     */
    public static String of(EventEnvelope event) {
        return known(event.data().path("districtCode").asText(null), event.id());
    }

    static String known(String districtCode, String eventId) {
        if (districtCode == null || districtCode.isBlank() || findById(districtCode) == null) {
            throw new IllegalArgumentException("unknown district " + districtCode + " in event " + eventId);
        }
        return districtCode;
    }
}
