package org.nuanxin.insurance.claim;

/** What a cost line is for; decides whether the medical subsidy covers it. */
public enum ItemCategory {
    /** 药品 */
    MEDICINE,
    /** 检查检验 */
    EXAMINATION,
    /** 治疗 */
    TREATMENT,
    /** 手术 */
    SURGERY,
    /** 床位费: covered in-patient only */
    BED,
    /** 非医疗费用 (meals, private-room upgrade, cosmetic): never covered */
    NON_MEDICAL
}
