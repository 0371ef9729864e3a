import { describe, expect, it } from 'vitest';
import { idNumberCheckChar, idNumberProblem, isMobileNumber, validateFamilyDraft, type FamilyDraft } from './validation';

const validDraft = (): FamilyDraft => ({
  category: 'BEREAVED',
  districtCode: '350203',
  street: '鼓浪屿街道',
  community: '龙头社区',
  address: '龙头路 12 号 3 室',
  members: [{ name: '王秀英', relation: 'MOTHER', idNumber: '11010519491231002X', phone: '13959212345', livingAlone: true }],
});

describe('identity number', () => {
  it('shouldComputeTheMod112CheckCharacter', () => {
    expect(idNumberCheckChar('11010519491231002')).toBe('X');
    expect(idNumberCheckChar('44052419800101001')).toBe('3');
  });

  it('shouldAcceptAValidNumberInEitherCase', () => {
    expect(idNumberProblem('11010519491231002X')).toBeUndefined();
    expect(idNumberProblem('11010519491231002x')).toBeUndefined();
    expect(idNumberProblem('440524198001010013')).toBeUndefined();
  });

  it('shouldRejectAWrongCheckDigit', () => {
    expect(idNumberProblem('110105194912310021')).toBe('checkDigit');
  });

  it('shouldRejectWrongLengthOrCharacters', () => {
    expect(idNumberProblem('11010519491231002')).toBe('format');
    expect(idNumberProblem('1101051949123100XX')).toBe('format');
  });

  it('shouldRejectAnImpossibleBirthDate', () => {
    const first17 = '35020319580230002';
    expect(idNumberProblem(first17 + idNumberCheckChar(first17))).toBe('birthDate');
  });
});

describe('mobile number', () => {
  it('shouldAcceptElevenDigitsStartingWith1', () => {
    expect(isMobileNumber('13959212345')).toBe(true);
    expect(isMobileNumber('23959212345')).toBe(false);
    expect(isMobileNumber('1395921234')).toBe(false);
  });
});

describe('validateFamilyDraft', () => {
  it('shouldPassAValidDraft', () => {
    expect(validateFamilyDraft(validDraft())).toEqual({});
  });

  it('shouldNameEachBadFieldByTheServersPath', () => {
    const draft = validDraft();
    draft.street = '';
    draft.members.push({ name: '', relation: '', idNumber: '110105194912310021', phone: '123', livingAlone: false });
    expect(validateFamilyDraft(draft)).toEqual({
      street: 'validation.streetRequired',
      'members[1].name': 'validation.nameRequired',
      'members[1].relation': 'validation.relationRequired',
      'members[1].idNumber': 'validation.idNumber.checkDigit',
      'members[1].phone': 'validation.phoneInvalid',
    });
  });

  it('shouldAllowAnEmptyPhone', () => {
    const draft = validDraft();
    draft.members[0].phone = '';
    expect(validateFamilyDraft(draft)).toEqual({});
  });

  it('shouldRejectTheSameIdentityNumberTwice', () => {
    const draft = validDraft();
    draft.members.push({ ...draft.members[0], name: '李国强', relation: 'FATHER', idNumber: '11010519491231002x' });
    expect(validateFamilyDraft(draft)).toEqual({ 'members[1].idNumber': 'validation.idNumber.duplicate' });
  });

  it('shouldRequireAMember', () => {
    expect(validateFamilyDraft({ ...validDraft(), members: [] })).toEqual({ members: 'validation.membersRequired' });
  });
});
