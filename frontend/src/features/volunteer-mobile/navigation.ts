/**
 * Links that hand the way to a map app. Amap (高德) is what phones in Xiamen have; its URI API opens the app when
 * installed and the web map otherwise. Task coordinates are GPS (WGS-84), which Amap converts when told so.
 */
export function amapMarkerUrl(latitude: number, longitude: number, name: string): string {
  const params = new URLSearchParams({
    position: `${longitude},${latitude}`,
    name,
    coordinate: 'wgs84',
    callnative: '1',
  });
  return `https://uri.amap.com/marker?${params.toString()}`;
}

/** Without coordinates, a search for the address within Xiamen. */
export function amapSearchUrl(address: string): string {
  const params = new URLSearchParams({ keyword: address, city: '350200', callnative: '1' });
  return `https://uri.amap.com/search?${params.toString()}`;
}

/** RFC 5870: Android offers every map app installed. */
export function geoUri(latitude: number, longitude: number): string {
  return `geo:${latitude},${longitude}?q=${latitude},${longitude}`;
}

/** What the family's QR code holds: `nuanxin-check-in:v1:<familyId>:<code>` (volunteer-service's check-in codes). */
export function parseCheckInPayload(text: string): { familyId: string; code: string } | undefined {
  const match = /^nuanxin-check-in:v1:([0-9a-f-]{36}):(\w{1,12})$/i.exec(text.trim());
  return match ? { familyId: match[1].toLowerCase(), code: match[2] } : undefined;
}
