import type { Category, Relation } from './types';

const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const ID_CHECK_CHARS = '10X98765432';

/** The 18th character of a resident identity number (GB 11643, ISO 7064 MOD 11-2) for its first 17 digits. */
export function idNumberCheckChar(first17: string): string {
  const sum = ID_WEIGHTS.reduce((acc, weight, i) => acc + weight * Number(first17[i]), 0);
  return ID_CHECK_CHARS[sum % 11];
}

export type IdNumberProblem = 'format' | 'birthDate' | 'checkDigit';

/** Why an identity number is wrong, or undefined when it is well-formed. */
export function idNumberProblem(value: string): IdNumberProblem | undefined {
  const id = value.trim().toUpperCase();
  if (!/^\d{17}[\dX]$/.test(id)) {
    return 'format';
  }
  const year = Number(id.slice(6, 10));
  const month = Number(id.slice(10, 12));
  const day = Number(id.slice(12, 14));
  const birth = new Date(Date.UTC(year, month - 1, day));
  if (year < 1900 || birth.getUTCMonth() !== month - 1 || birth.getUTCDate() !== day || birth.getTime() > Date.now()) {
    return 'birthDate';
  }
  return idNumberCheckChar(id.slice(0, 17)) === id[17] ? undefined : 'checkDigit';
}

export function isMobileNumber(value: string): boolean {
  return /^1\d{10}$/.test(value.trim());
}

export interface MemberDraft {
  name: string;
  relation: Relation | '';
  idNumber: string;
  phone: string;
  livingAlone: boolean;
}

export interface FamilyDraft {
  category: Category | '';
  districtCode: string;
  street: string;
  community: string;
  address: string;
  members: MemberDraft[];
}

/** Field path (as the server names it, e.g. `members[0].idNumber`) → translation key of the message. */
export type DraftErrors = Record<string, string>;

/** Limits shared with family-service's RegisterFamilyRequest. */
export const LIMITS = { community: 60, address: 200, name: 40, members: 10 } as const;

export function validateFamilyDraft(draft: FamilyDraft): DraftErrors {
  const errors: DraftErrors = {};
  if (!draft.category) errors.category = 'validation.categoryRequired';
  if (!draft.districtCode) errors.districtCode = 'validation.districtRequired';
  if (!draft.street) errors.street = 'validation.streetRequired';
  if (!draft.community.trim()) errors.community = 'validation.communityRequired';
  else if (draft.community.trim().length > LIMITS.community) errors.community = 'validation.communityTooLong';
  if (!draft.address.trim()) errors.address = 'validation.addressRequired';
  else if (draft.address.trim().length > LIMITS.address) errors.address = 'validation.addressTooLong';
  if (draft.members.length === 0) errors.members = 'validation.membersRequired';

  const seenIds = new Set<string>();
  draft.members.forEach((member, i) => {
    const path = `members[${i}]`;
    if (!member.name.trim()) errors[`${path}.name`] = 'validation.nameRequired';
    else if (member.name.trim().length > LIMITS.name) errors[`${path}.name`] = 'validation.nameTooLong';
    if (!member.relation) errors[`${path}.relation`] = 'validation.relationRequired';
    const idNumber = member.idNumber.trim().toUpperCase();
    if (!idNumber) {
      errors[`${path}.idNumber`] = 'validation.idNumberRequired';
    } else {
      const problem = idNumberProblem(idNumber);
      if (problem) errors[`${path}.idNumber`] = `validation.idNumber.${problem}`;
      else if (seenIds.has(idNumber)) errors[`${path}.idNumber`] = 'validation.idNumber.duplicate';
      seenIds.add(idNumber);
    }
    if (member.phone.trim() && !isMobileNumber(member.phone)) errors[`${path}.phone`] = 'validation.phoneInvalid';
  });
  return errors;
}
