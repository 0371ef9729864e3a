package org.nuanxin.carehome.site;

/** The filters of the site list; each may be null. */
public record SiteSearch(String districtCode, DemonstrationLevel demonstrationLevel, int page, int size) {
}
