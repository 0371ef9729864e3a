package org.nuanxin.volunteer.volunteer;

import jakarta.enterprise.context.ApplicationScoped;
import org.nuanxin.common.pii.Masking;
import org.nuanxin.common.pii.PiiCipher;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** Entity → response, decrypting the phone only to mask it. */
@ApplicationScoped
public class VolunteerMapper {

    private static final Comparator<AvailabilitySlot> WEEK_ORDER =
            Comparator.comparing((AvailabilitySlot slot) -> slot.day).thenComparing(slot -> slot.part);

    private final PiiCipher cipher;

    VolunteerMapper(PiiCipher cipher) {
        this.cipher = cipher;
    }

    public VolunteerView toView(Volunteer volunteer, Map<String, String> districtNames) {
        return new VolunteerView(volunteer.id, volunteer.name, Masking.phone(cipher.decrypt(volunteer.phoneEncrypted)),
                volunteer.districtCode, districtNames.get(volunteer.districtCode), volunteer.kind,
                List.copyOf(volunteer.skills), List.copyOf(volunteer.qualifications), List.copyOf(volunteer.dialects),
                volunteer.status, volunteer.registeredAt, volunteer.username, volunteer.latitude, volunteer.longitude,
                volunteer.availability.stream().sorted(WEEK_ORDER).toList());
    }
}
