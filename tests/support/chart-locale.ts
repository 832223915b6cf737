import type { ChartLocale } from '../../src/charts/chart';
import { ui } from '../../src/i18n/dictionary';

/** The English edition's chart locale, as the stories loader gives an English page's charts. */
export const EN: ChartLocale = { lang: 'en', text: ui('en').chart };

/** The Chinese edition's chart locale. */
export const ZH: ChartLocale = { lang: 'zh', text: ui('zh').chart };
