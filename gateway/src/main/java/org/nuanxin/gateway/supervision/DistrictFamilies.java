package org.nuanxin.gateway.supervision;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.List;

/** Read model: how many families of each category a district has. */
@Entity
@Table(name = "district_families")
public class DistrictFamilies extends PanacheEntityBase {

    @Id
    @Column(name = "district_code")
    public String districtCode;

    @Column(name = "district_name")
    public String districtName;

    @Column(name = "sort_order")
    public int sortOrder;

    public int bereaved;

    @Column(name = "disabled_child")
    public int disabledChild;

    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;

    public static List<DistrictFamilies> listInOrder() {
        return list("ORDER BY sortOrder");
    }
}
