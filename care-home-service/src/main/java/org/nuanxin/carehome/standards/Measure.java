package org.nuanxin.carehome.standards;

import java.time.YearMonth;

/**
 * What a site has, measured on a day: active regular volunteers, social organisations with an agreement in force,
 * and activities held in the last full calendar month before it ({@code month}, Xiamen time of their start).
 */
public record Measure(int regularVolunteers, int partnerOrganisations, int activities, YearMonth month) {
}
