package org.nuanxin.volunteer.volunteer;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Version;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** A member of the corps. The phone is stored only encrypted, with a blind index; see V1_2__volunteers.sql. */
@Entity
public class Volunteer extends PanacheEntityBase {

    @Id
    public UUID id;

    public String name;

    @Column(name = "phone_enc")
    public String phoneEncrypted;

    @Column(name = "phone_index")
    public String phoneIndex;

    @Column(name = "district_code")
    public String districtCode;

    @Enumerated(EnumType.STRING)
    public VolunteerKind kind;

    @ElementCollection
    @CollectionTable(name = "volunteer_skill", joinColumns = @JoinColumn(name = "volunteer_id"))
    @OrderColumn(name = "position")
    @Enumerated(EnumType.STRING)
    @Column(name = "skill")
    public List<Skill> skills = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "volunteer_qualification", joinColumns = @JoinColumn(name = "volunteer_id"))
    @OrderColumn(name = "position")
    @Column(name = "name")
    public List<String> qualifications = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "volunteer_dialect", joinColumns = @JoinColumn(name = "volunteer_id"))
    @OrderColumn(name = "position")
    @Column(name = "name")
    public List<String> dialects = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    public VolunteerStatus status;

    @Column(name = "registered_at")
    public OffsetDateTime registeredAt;

    @Column(name = "registered_by")
    public String registeredBy;

    /** The Keycloak account (preferred_username) of this member, if they log in; unique. */
    public String username;

    /** Approximate base, for the distance part of matching; null when unknown. */
    public Double latitude;

    public Double longitude;

    @ElementCollection
    @CollectionTable(name = "volunteer_availability", joinColumns = @JoinColumn(name = "volunteer_id"))
    public Set<AvailabilitySlot> availability = new HashSet<>();

    @Column(name = "status_changed_at")
    public OffsetDateTime statusChangedAt;

    @Version
    public long version;

    /** The member whose account is {@code username}, if any. */
    public static Optional<Volunteer> byUsername(String username) {
        return find("username", username).firstResultOptional();
    }
}
