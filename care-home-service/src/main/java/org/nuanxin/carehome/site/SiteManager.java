package org.nuanxin.carehome.site;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.util.UUID;

/** A user who manages a site's activities (站点负责人), named by their preferred_username; not a realm role. */
@Entity
@Table(name = "site_manager")
@IdClass(SiteManager.Key.class)
public class SiteManager extends PanacheEntityBase {

    @Id
    @Column(name = "site_id")
    public UUID siteId;

    @Id
    public String username;

    public record Key(UUID siteId, String username) implements Serializable {
        public Key() {
            this(null, null);
        }
    }
}
