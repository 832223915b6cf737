import { describe, expect, it } from 'vitest';
import { quoteHedge } from '../../src/figures/hedge';

describe('quoteHedge(quote, value, unitText)', () => {
  it.each([
    ['覆盖全市70%以上的街道社区', '70', '%', { hedge: '以上', qualifier: 'at least' }],
    ['新增装机规模 4000 万千瓦以上', '4000', '万千瓦', { hedge: '以上', qualifier: 'at least' }],
    ['项目投资不低于1700亿元', '1700', '亿元', { hedge: '不低于', qualifier: 'at least' }],
    ['累计输送电量超过1920亿千瓦时', '1920', '亿千瓦时', { hedge: '超过', qualifier: 'over' }],
    ['蒙电入京超200亿度', '200', '亿度', { hedge: '超', qualifier: 'over' }],
    ['外送电量突破5500亿千瓦时', '5500', '亿千瓦时', { hedge: '突破', qualifier: 'over' }],
    ['点缀在4200余公里的边境线上', '4200', '公里', { hedge: '余', qualifier: 'over' }],
    ['贸易额增长近 3 倍', '3', '倍', { hedge: '近', qualifier: 'nearly' }],
    ['能耗降低 1.6% 左右', '1.6', '%', { hedge: '左右', qualifier: 'about' }],
    ['城市建成区10蒸吨及以下燃煤供热锅炉', '10', '蒸吨', { hedge: '及以下', qualifier: 'up to' }],
    // The hedge of the number the figure takes, not of another one in the same quote.
    ['增长17.2%以上，其中7.2%', '7.2', '%', undefined],
    ['占比7.2%，另一项17.2%以上', '17.2', '%', { hedge: '以上', qualifier: 'at least' }],
  ] as const)('reads %j (%s %s) as %j', (quote, value, unit, expected) => {
    expect(quoteHedge(quote, value, unit)).toEqual(expected);
  });

  it.each([
    ['同比增长7.2%，占限额以上单位', '7.2', '%'],
    ['各项贷款余额3609.6亿元', '3609.6', '亿元'],
    ['产值超千亿级园区 4 个', '4', '个'],
    ['以上各项合计21个', '21', '个'],
  ])('finds no hedge on the number in %j', (quote, value, unit) => {
    expect(quoteHedge(quote, value, unit)).toBeUndefined();
  });
});
