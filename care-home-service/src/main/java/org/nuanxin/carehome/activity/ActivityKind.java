package org.nuanxin.carehome.activity;

/** What happens at an activity. Lectures and free clinics count towards "双百". */
public enum ActivityKind {
    /** 暖心大学堂 lecture */
    LECTURE,
    /** 专家义诊, with experts from volunteer-service's expert pool */
    FREE_CLINIC,
    /** 集体出游 */
    OUTING,
    /** 节日联谊 */
    FESTIVAL,
    /** 暖心敬老餐厅: a day's meals at the elder canteen */
    CANTEEN_MEAL
}
