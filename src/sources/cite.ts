import type { Lang } from '../lib/editions';
import type { Source } from './source';
import { MONTHS } from '../lib/months';

/** A source's date as readers see it: "22 August 2024", "January 2024". */
export function sourceDate(date: string): string {
  const [year, month, day] = date.split('-').map(Number);
  const name = month ? MONTHS[month - 1] : undefined;
  if (!name) return String(year);
  return day ? `${day} ${name} ${year}` : `${name} ${year}`;
}

/** The short credit under a chart or beside a figure: "Hohhot Municipal People's Government, 22 August 2024". */
export function sourceCredit(source: Pick<Source, 'publisher' | 'date'>): string {
  return `${source.publisher}, ${sourceDate(source.date)}`;
}

/** A source's date as Chinese readers write it: "2024年8月22日", "2024年1月". */
export function sourceDateZh(date: string): string {
  const [year, month, day] = date.split('-').map(Number);
  if (!month) return `${year}年`;
  return day ? `${year}年${month}月${day}日` : `${year}年${month}月`;
}

/** The short credit in Chinese: "呼和浩特市人民政府，2024年8月22日". */
export function sourceCreditZh(source: Pick<Source, 'publisher_zh' | 'date'>): string {
  return `${source.publisher_zh}，${sourceDateZh(source.date)}`;
}

/** A source's date as edition `lang` prints it: "22 August 2024", "2024年8月22日". */
export function sourceDateIn(date: string, lang: Lang): string {
  return lang === 'zh' ? sourceDateZh(date) : sourceDate(date);
}

/** A source's title as edition `lang` names it: its English title, or the Chinese one the document goes by. */
export function sourceTitle(source: Pick<Source, 'title_en' | 'title_zh'>, lang: Lang): string {
  return lang === 'zh' ? source.title_zh : source.title_en;
}
