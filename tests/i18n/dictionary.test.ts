import { describe, expect, it } from 'vitest';
import { fill, ui, type Lang } from '../../src/i18n/dictionary';

/** Every string of a dictionary by its dotted key. */
function entries(value: unknown, prefix = ''): [string, string][] {
  if (typeof value === 'string') return [[prefix, value]];
  return Object.entries(value as Record<string, unknown>).flatMap(([key, item]) =>
    entries(item, prefix ? `${prefix}.${key}` : key),
  );
}

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();
const LANGS: Lang[] = ['en', 'zh'];

describe('ui(lang)', () => {
  const [en, zh] = LANGS.map((lang) => new Map(entries(ui(lang))));

  it('gives both editions the same keys', () => {
    expect([...zh!.keys()]).toEqual([...en!.keys()]);
  });

  it('fills the same placeholders in both editions', () => {
    for (const [key, text] of en!) expect(placeholders(zh!.get(key)!), key).toEqual(placeholders(text));
  });

  it.each(LANGS)('leaves no %s string empty', (lang) => {
    for (const [key, text] of entries(ui(lang))) expect(text.trim(), key).not.toBe('');
  });

  it('writes the Chinese strings in Chinese, with no English word but the name of a format or a technology (5G)', () => {
    const names = new Set(['CSV', 'UTF', 'JavaScript', 'G']);
    for (const [key, text] of zh!) {
      const words = (text.replace(/\{\w+\}/g, '').match(/[A-Za-z]+/g) ?? []).filter((word) => !names.has(word));
      expect(words, key).toEqual([]);
    }
  });
});

describe('fill(text, values)', () => {
  it.each([
    ['Source: {credit}', { credit: 'A paper' }, 'Source: A paper'],
    ['{site}依据五份文件', { site: '数读内蒙古' }, '数读内蒙古依据五份文件'],
    ['No placeholder', {}, 'No placeholder'],
  ])('fills %s', (text, values, filled) => {
    expect(fill(text, values)).toBe(filled);
  });

  it('names a placeholder it is not given', () => {
    expect(() => fill('Source: {credit}', {})).toThrow('"Source: {credit}" needs a value for {credit}');
  });
});
