package org.nuanxin.family.area;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** A district of Xiamen with its streets and towns (reference data, seeded by Flyway). */
@Entity
public class District extends PanacheEntityBase {

    @Id
    public String code;

    public String name;

    @Column(name = "sort_order")
    public int sortOrder;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "street", joinColumns = @JoinColumn(name = "district_code"))
    @Column(name = "name")
    @OrderBy
    public List<String> streets;

    public static List<District> listInOrder() {
        return list("ORDER BY sortOrder");
    }

    /** District code → name, for the views that show names beside codes. */
    public static Map<String, String> names() {
        return District.<District>listAll().stream().collect(Collectors.toMap(d -> d.code, d -> d.name));
    }

    public boolean hasStreet(String street) {
        return streets.contains(street);
    }
}
