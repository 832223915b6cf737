import type { Lang } from '../lib/editions';
import { en, type Dictionary } from './en';
import { zh } from './zh';

export type { Dictionary, Lang };

const DICTIONARIES: Record<Lang, Dictionary> = { en, zh };

/** The interface strings of an edition. */
export function ui(lang: Lang): Dictionary {
  return DICTIONARIES[lang];
}

/** A dictionary string with each `{name}` replaced by its value; throws on a name it is not given. */
export function fill(text: string, values: Readonly<Record<string, string>>): string {
  return text.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = values[name];
    if (value === undefined) throw new Error(`"${text}" needs a value for {${name}}`);
    return value;
  });
}
