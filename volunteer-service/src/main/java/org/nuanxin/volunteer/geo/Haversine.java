package org.nuanxin.volunteer.geo;

/** Great-circle distance on a spherical Earth: accurate to well under 1 % at city scale, which is plenty here. */
public final class Haversine {

    /** The mean Earth radius (IUGG), in metres. */
    static final double EARTH_RADIUS_METRES = 6_371_008.8;

    private Haversine() {
    }

    public static double metres(double fromLatitude, double fromLongitude, double toLatitude, double toLongitude) {
        double phi1 = Math.toRadians(fromLatitude);
        double phi2 = Math.toRadians(toLatitude);
        double dPhi = Math.toRadians(toLatitude - fromLatitude);
        double dLambda = Math.toRadians(toLongitude - fromLongitude);
        double a = Math.sin(dPhi / 2) * Math.sin(dPhi / 2)
                + Math.cos(phi1) * Math.cos(phi2) * Math.sin(dLambda / 2) * Math.sin(dLambda / 2);
        return 2 * EARTH_RADIUS_METRES * Math.asin(Math.min(1, Math.sqrt(a)));
    }
}
