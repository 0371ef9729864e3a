package org.nuanxin.carehome.activity;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.UUID;

/** What is known of a photo of an activity; the file itself is stored elsewhere. */
@Entity
@Table(name = "activity_photo")
public class ActivityPhoto extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "activity_id")
    public UUID activityId;

    @Column(name = "file_name")
    public String fileName;

    public String caption;

    @Column(name = "taken_at")
    public OffsetDateTime takenAt;

    @Column(name = "added_by")
    public String addedBy;

    @Column(name = "added_at")
    public OffsetDateTime addedAt;
}
