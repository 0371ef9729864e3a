/** Active families holding each of the three coverages every family must have. */
export interface Coverage {
  liaisons: number;
  familyDoctor: number;
  greenChannel: number;
}

/** The contact cadence: who is overdue, how many visits were made, which follow-ups are late. */
export interface Cadence {
  notContacted: number;
  notVisited: number;
  visitsThisWeek: number;
  visitsThisMonth: number;
  overdueFollowUps: number;
}

export interface DistrictCount {
  districtCode: string;
  districtName: string;
  families: number;
  bereaved: number;
  disabledChild: number;
  coverage?: Coverage;
  cadence?: Cadence;
}

/** The gateway's supervision figures; a district coordinator's snapshot holds their district only. */
export interface SupervisionSnapshot {
  totalFamilies: number;
  byDistrict: DistrictCount[];
  updatedAt: string;
}
