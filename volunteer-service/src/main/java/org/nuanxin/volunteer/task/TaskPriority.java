package org.nuanxin.volunteer.task;

public enum TaskPriority {
    LOW, NORMAL, HIGH, URGENT
}
