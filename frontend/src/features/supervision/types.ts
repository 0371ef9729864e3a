export interface DistrictCount {
  districtCode: string;
  districtName: string;
  families: number;
  bereaved: number;
  disabledChild: number;
}

/** The gateway's supervision figures; a district coordinator's snapshot holds their district only. */
export interface SupervisionSnapshot {
  totalFamilies: number;
  byDistrict: DistrictCount[];
  updatedAt: string;
}
