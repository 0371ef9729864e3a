package org.nuanxin.volunteer.area;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

import java.util.Map;
import java.util.stream.Collectors;

/** A district of Xiamen (reference data, seeded by Flyway). */
@Entity
public class District extends PanacheEntityBase {

    @Id
    public String code;

    public String name;

    @Column(name = "sort_order")
    public int sortOrder;

    /** Code → name of every district, for lists that show names beside codes. */
    public static Map<String, String> names() {
        return District.<District>listAll().stream().collect(Collectors.toMap(d -> d.code, d -> d.name));
    }
}
