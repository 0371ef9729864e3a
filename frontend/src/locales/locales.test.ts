import { describe, expect, it } from 'vitest';
import en from './en.json';
import zhCN from './zh-CN.json';

/** Leaf keys, with plural suffixes folded (Chinese has one form where English has _one/_other). */
function keys(tree: object, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'object' && value !== null
      ? keys(value as object, `${prefix}${key}.`)
      : [`${prefix}${key.replace(/_(one|other)$/, '')}`],
  );
}

describe('locales', () => {
  it('shouldTranslateEveryKeyInBothLanguages', () => {
    expect([...new Set(keys(en))].sort()).toEqual([...new Set(keys(zhCN))].sort());
  });

  it('shouldHaveNoEmptyText', () => {
    const empty = (tree: object): boolean =>
      Object.values(tree).some((v) => (typeof v === 'object' ? empty(v as object) : String(v).trim() === ''));
    expect(empty(en)).toBe(false);
    expect(empty(zhCN)).toBe(false);
  });
});
