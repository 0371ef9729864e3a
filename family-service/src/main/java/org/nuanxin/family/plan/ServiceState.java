package org.nuanxin.family.plan;

/** Where one of the four services stands for a family. */
public enum ServiceState {
    NOT_STARTED, ACTIVE, PAUSED
}
