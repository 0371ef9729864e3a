package org.nuanxin.gateway.targets;

/** Where a target stands (达标 / 正常推进 / 有风险 / 未完成). */
public enum TargetStatus {
    /** The indicator is at or beyond the target now. */
    ACHIEVED,
    /** Progress keeps up with the time gone since the target was set (within the tolerance). */
    ON_TRACK,
    /** Progress lags behind the time gone. */
    AT_RISK,
    /** The deadline passed without reaching the target. */
    MISSED
}
