export const CATEGORIES = ['BEREAVED', 'DISABLED_CHILD'] as const;
export type Category = (typeof CATEGORIES)[number];

export const RELATIONS = ['MOTHER', 'FATHER', 'OTHER'] as const;
export type Relation = (typeof RELATIONS)[number];

/** A district with its streets/towns, from `GET /api/family/areas`. */
export interface Area {
  code: string;
  name: string;
  streets: string[];
}

export interface FamilySummary {
  id: string;
  category: Category;
  districtCode: string;
  districtName: string;
  street: string;
  community: string;
  status: string;
  headName: string;
  headIdNumberMasked: string;
  headPhoneMasked: string | null;
  memberCount: number;
  registeredAt: string;
}

export interface Page<T> {
  items: T[];
  page: number;
  size: number;
  total: number;
}

export interface FamilySearch {
  q?: string;
  districtCode?: string;
  category?: Category | '';
  page: number;
  size: number;
}

export interface NewMember {
  name: string;
  relation: Relation;
  idNumber: string;
  phone?: string;
  livingAlone: boolean;
}

export interface RegisterFamilyRequest {
  category: Category;
  districtCode: string;
  street: string;
  community: string;
  address: string;
  members: NewMember[];
}

export interface Member {
  id: string;
  name: string;
  relation: Relation;
  idNumberMasked: string;
  phoneMasked: string | null;
  birthDate: string;
  sex: string;
  livingAlone: boolean;
}

export interface Family {
  id: string;
  category: Category;
  districtCode: string;
  districtName: string;
  street: string;
  community: string;
  address: string;
  status: string;
  registeredAt: string;
  members: Member[];
}
