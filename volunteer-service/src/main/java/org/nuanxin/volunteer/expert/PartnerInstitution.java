package org.nuanxin.volunteer.expert;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.util.Map;
import java.util.stream.Collectors;

/** One of the 11 partner medical institutions of the expert pool (reference data, seeded by Flyway). */
@Entity
@Table(name = "partner_institution")
public class PartnerInstitution extends PanacheEntityBase {

    @Id
    public String code;

    public String name;

    @Column(name = "sort_order")
    public int sortOrder;

    public static Map<String, String> names() {
        return PartnerInstitution.<PartnerInstitution>listAll().stream().collect(Collectors.toMap(i -> i.code, i -> i.name));
    }
}
