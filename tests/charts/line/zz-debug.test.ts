import { it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { lineLayout } from '../../../src/charts/line/layout';
import { pointTime, type LinePoint } from '../../../src/charts/line/line';
const point = (id: string, at: string, base: number, more: Partial<LinePoint> = {}): LinePoint => ({ datum: { id, label: id, value: base, base, valueEn: `${base}`, dimension: 'count', kind: 'level', periodEn: at, placeEn: '', href: '', sourceHref: '', credit: '' }, time: pointTime(at), base, value: `${base}`, planned: false, added: false, highlighted: false, ...more });
function svg(name: string, points: LinePoint[], width: number, step = false) {
  const l = lineLayout(points, width, step);
  const parts = [`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${l.width} ${l.height}" width="${l.width}" height="${l.height}" style="font-family:sans-serif;background:#fff">`];
  parts.push(`<line x1="0" x2="${l.width}" y1="${l.baselineY}" y2="${l.baselineY}" stroke="#555"/>`);
  for (const s of l.segments) parts.push(`<path d="${s.d}" fill="none" stroke="#0b5c8a" stroke-width="2.5" ${s.dashed ? 'stroke-dasharray="5 4"' : ''}/>`);
  for (const t of l.ticks) parts.push(`<text x="${t.x}" y="${t.y}" font-size="12" text-anchor="middle" fill="#555">${t.text}</text>`);
  for (const p of l.points) {
    if (p.leader) parts.push(`<line x1="${p.leader.x1}" y1="${p.leader.y1}" x2="${p.leader.x2}" y2="${p.leader.y2}" stroke="#555"/>`);
    parts.push(`<circle cx="${p.x}" cy="${p.y}" r="${p.r}" fill="${p.planned ? '#fff' : '#0b5c8a'}" stroke="${p.planned ? '#0b5c8a' : '#fff'}" stroke-width="2"/>`);
    parts.push(`<rect x="${p.label.x}" y="${p.label.y}" width="${p.label.width}" height="${p.label.height}" fill="none" stroke="#f0a" stroke-width="0.5"/>`);
    const cx = p.label.x + p.label.width / 2;
    parts.push(`<text x="${cx}" y="${p.label.y + 13}" font-size="14" font-weight="600" text-anchor="middle">${p.label.value}</text>`);
    p.label.lines.forEach((t, i) => parts.push(`<text x="${cx}" y="${p.label.y + (i + 2) * 16 - 4}" font-size="12" text-anchor="middle" fill="#555">${t}</text>`));
  }
  parts.push('</svg>');
  writeFileSync(`/tmp/dbg/${name}.svg`, parts.join('\n'));
}
it('debug', () => {
  svg('wuhai320', [point('a', '2022', 5, { label: 'Pilot circles chosen' }), point('b', '2023', 12, { label: 'Circles, covering 80% of people', highlighted: true }), point('c', '2024', 14, { value: '+2', planned: true, label: 'New circles planned' })], 320);
  svg('wuhai320step', [point('a', '2022', 5), point('b', '2023', 12), point('c', '2024', 14, { value: '+2', planned: true })], 320, true);
  const values = [3, 9, 4, 12, 2, 15, 7, 7.5, 8, 1, 14, 6];
  svg('twelve320', values.map((v, i) => point(`p${i}`, `${2013 + i}`, v, { value: `${v} billion yuan`, label: i % 3 === 0 ? 'A labelled point' : undefined })), 320);
  svg('twelve700', values.map((v, i) => point(`p${i}`, `${2013 + i}`, v, { value: `${v} billion yuan`, highlighted: i === 3, label: i % 3 === 0 ? 'A labelled point' : undefined })), 700);
  svg('flat320', [5, 5.1, 5.2, 5.1, 5].map((v, i) => point(`p${i}`, `${2013 + i}`, v, { label: 'Pilot living circles chosen this year' })), 320);
  svg('neg', [3, -2, 4].map((v, i) => point(`p${i}`, `${2013 + i}-0${i + 1}`, v)), 400);
});
