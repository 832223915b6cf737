import { it } from 'vitest';
import { lineLayout, segmentCrosses } from '../../../src/charts/line/layout';
import { pointTime, type LinePoint } from '../../../src/charts/line/line';
const point = (id: string, at: string, base: number, more: Partial<LinePoint> = {}): LinePoint => ({ datum: { id, label: id, value: base, base, valueEn: `${base}`, dimension: 'count', kind: 'level', periodEn: at, placeEn: '', href: '', sourceHref: '', credit: '' }, time: pointTime(at), base, value: `${base}`, planned: false, added: false, highlighted: false, ...more });
it('dbg', () => {
  const values = [3, 9, 4, 12, 2, 15, 7, 7.5, 8, 1, 14, 6];
  const l = lineLayout(values.map((v, i) => point(`p${i}`, `${2013 + i}`, v, { value: `${v} billion yuan`, highlighted: i === 3, label: i % 3 === 0 ? 'A labelled point' : undefined })), 320);
  for (const [i, m] of l.points.entries()) for (const [j, o] of l.points.entries()) if (i !== j && o.leader && segmentCrosses(m.label, o.leader.x1, o.leader.y1, o.leader.x2, o.leader.y2)) console.log(i, j, JSON.stringify(m.label), JSON.stringify(o.leader));
});
