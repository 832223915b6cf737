import { describe, expect, it } from 'vitest';
import { parseDecimal } from '../../src/figures/decimal';
import type { FigureKind } from '../../src/figures/figure';
import { formatAmountZh, formatFigureZh, periodLabelZh } from '../../src/figures/format-zh';
import { loadFigures } from '../../src/figures/registry';
import { squeeze } from '../../src/sources/quote-match';
import { parseUnit } from '../../src/figures/units';

describe('formatFigureZh(figure)', () => {
  it.each<[string, string, FigureKind, string, string]>([
    // value, unit, kind, quote, as the document prints it
    ['7.2', '%', 'growth', '今年1-5月，全区规模以上工业增加值同比增长7.2%，高于全国', '增长7.2%'],
    ['1.0', '个百分点', 'gap', '研发投入强度提高1.0个百分点', '提高1.0个百分点'],
    ['16.5', '倍', 'growth', '太阳能电池产量增长16.5倍', '增长16.5倍'],
    ['22.8', '%', 'growth', '同比下降22.8%', '下降22.8%'],
    ['2762', '亿元', 'level', '全年完成投资超2762亿元', '超2762亿元'],
    ['2.3', '亿人次', 'level', '接待游客突破2.3亿人次', '突破2.3亿人次'],
    ['5.5', '%', 'target', '地区生产总值增长5.5%左右', '5.5%左右'],
    ['6', '%', 'target', '增长6%以上', '6%以上'],
    ['300', '万元', 'level', '补助300余万元', '300余万元'],
    ['1000', '万千瓦', 'level', '装机1000万千瓦', '1000万千瓦'],
    ['七', '个', 'level', '建成七个集群', '七个'],
    ['2', '第', 'rank', '产能均居全国第2。', '第2'],
    ['7', '位', 'rank', '排名全国第7位', '第7位'],
    ['1∶3', '∶', 'target', '车比例力争不低于1∶3', '不低于1∶3'],
    // A level keeps no verb: 达到 says nothing a reader of the number needs.
    ['5500', '亿千瓦时', 'level', '累计外送电量达到5500亿千瓦时', '5500亿千瓦时'],
    // One unit after a list: each number takes the whole unit.
    ['42.3', '亿元', 'level', '出口值分别为121.8亿、42.3亿和39.7亿元', '42.3亿元'],
    // One verb before a list: each number of a change takes it.
    ['22.1', '%', 'growth', '同比分别增长138.1%、22.1%和13.2%。', '增长22.1%'],
    ['13.2', '%', 'growth', '同比分别增长138.1%、22.1%和13.2%。', '增长13.2%'],
    ['12.9', '%', 'growth', '死亡人数分别下降22.8%和12.9%。', '下降12.9%'],
    ['5.6', '个百分点', 'gap', '分别提高1.2个百分点左右和5.6个百分点', '提高5.6个百分点'],
    // …but not a level, and not past a clause's end or a long run of words.
    ['42.3', '亿元', 'level', '分别增长121.8亿、42.3亿元', '42.3亿元'],
    ['3', '%', 'growth', '增长5%，工业3%', '3%'],
    ['3', '%', 'growth', '增长5%的基础上再和3%', '3%'],
    // The number where its unit follows it, not an earlier one without ("7" in "7月").
    ['7', '个', 'level', '7月新增7个项目', '7个'],
  ])('%s %s (%s) in “%s” is %s', (value, unit, kind, quote, printed) => {
    expect(formatFigureZh({ value, unit, kind, quote })).toBe(printed);
  });
});

describe('periodLabelZh(period, kind)', () => {
  it.each<[string, FigureKind | undefined, string]>([
    ['2023', undefined, '2023年'],
    ['2024-06', 'level', '2024年6月'],
    ['2024-06', 'cumulative', '截至2024年6月'],
    ['2023', 'cumulative', '截至2023年底'],
    ['2024-01/2024-05', 'growth', '2024年1—5月'],
    ['2024-01/2024-06', 'level', '2024年上半年'],
    ['2023-07/2023-12', 'level', '2023年下半年'],
    ['2023-01/2023-12', 'level', '2023年'],
    ['2019/2023', 'cumulative', '2019—2023年'],
    ['2023-11/2024-05', 'level', '2023年11月—2024年5月'],
  ])('%s (%s) is %s', (period, kind, label) => {
    expect(periodLabelZh(period, kind)).toBe(label);
  });
});

describe('formatAmountZh(value, significant)', () => {
  it.each([
    ['14', '14'],
    ['9999', '9999'],
    ['34300', '3.43万'],
    ['236000000', '2.36亿'],
    ['2360000000', '23.6亿'],
    // Four significant digits by default, never Intl's two ("24亿").
    ['2362000000', '23.62亿'],
    ['1400000000000', '1.4万亿'],
    ['-12500', '-1.25万'],
    ['0', '0'],
  ])('%s is %s', (value, text) => {
    expect(formatAmountZh(parseDecimal(value))).toBe(text);
  });

  it('never writes 兆, which means mega on the mainland', () => {
    expect(formatAmountZh(parseDecimal('3000000000000000'))).toBe('3000万亿');
  });

  it('rounds to the significant digits asked for', () => {
    expect(formatAmountZh(parseDecimal('123456789'), 3)).toBe('1.23亿');
  });
});

/**
 * Figures whose number the document prints apart from its unit, so the Chinese rendering (number and unit together)
 * is not a run of the quote, each with why. Every other figure's rendering stands in its quote.
 */
const PRINTED_APART: Record<string, string> = {
  'nmg-uhv-ac-projects-in-operation-2024-06':
    '“四交三直”7项 abbreviates four AC and three DC projects; 项 follows the total',
  'nmg-uhv-dc-projects-in-operation-2024-06':
    '“四交三直”7项 abbreviates four AC and three DC projects; 项 follows the total',
};

describe('formatFigureZh(figure) over the figure base', () => {
  const figures = loadFigures();

  it('renders every figure as its own quote prints it (white space aside)', () => {
    const strays = figures.flatMap((figure) => {
      const quote = squeeze(figure.quote).text;
      const printed = squeeze(formatFigureZh(figure)).text;
      if (quote.includes(printed) || figure.id in PRINTED_APART) return [];
      // One unit printed once after a list of numbers: the number stands with the unit's first part (亿 of 亿元,
      // 个 of 个百分点) and the whole unit follows later in the same clause.
      const unit = parseUnit(figure.unit).text;
      const listed = [...unit].some((_, cut) => {
        const head = printed.slice(0, printed.length - unit.length + cut);
        const at = cut > 0 ? quote.indexOf(head) : -1;
        return at >= 0 && /^[^。；，]*/.exec(quote.slice(at + head.length))![0].includes(unit);
      });
      // One verb printed once before a list of numbers: the number carries it and the verb leads its clause.
      const verbLed = [...printed].some((_, cut) => {
        const at = cut > 0 && /^\p{Script=Han}+$/u.test(printed.slice(0, cut)) ? quote.indexOf(printed.slice(cut)) : -1;
        return at >= 0 && /[^。；，]*$/.exec(quote.slice(0, at))![0].includes(printed.slice(0, cut));
      });
      return listed || verbLed ? [] : [`${figure.id}: ${formatFigureZh(figure)} is not in “${figure.quote}”`];
    });
    expect(strays).toEqual([]);
  });

  it('lists as printed apart only figures that are', () => {
    for (const id of Object.keys(PRINTED_APART)) {
      const figure = figures.find((candidate) => candidate.id === id)!;
      expect(squeeze(figure.quote).text.includes(squeeze(formatFigureZh(figure)).text), id).toBe(false);
    }
  });
});
