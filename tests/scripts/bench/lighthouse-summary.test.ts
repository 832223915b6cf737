import { describe, expect, it } from 'vitest';
import {
  medianRun,
  summarizeRun,
  type LhrLike,
  type LighthouseRun,
} from '../../../scripts/bench/lighthouse-summary.ts';

const node = (selector: string, nodeLabel: string) => ({ type: 'node', selector, nodeLabel });

/** A Lighthouse result as small as summarizeRun needs, shaped like a real one. */
const lhr: LhrLike = {
  categories: {
    performance: { score: 0.98 },
    accessibility: { score: 1 },
    'best-practices': { score: 0.96 },
    seo: { score: 0.91 },
  },
  audits: {
    'first-contentful-paint': { numericValue: 1075.8 },
    'largest-contentful-paint': { numericValue: 1902.4 },
    'total-blocking-time': { numericValue: 52.5 },
    'cumulative-layout-shift': { numericValue: 0 },
    'lcp-breakdown-insight': {
      details: {
        type: 'list',
        items: [
          {
            type: 'table',
            items: [
              { subpart: 'timeToFirstByte', label: 'Time to first byte', duration: 14.7 },
              { subpart: 'elementRenderDelay', label: 'Element render delay', duration: 153.4 },
            ],
          },
          node('main#main > div.prose > p', 'On summer evenings\nin Wuhai …'),
        ],
      },
    },
    'render-blocking-insight': {
      details: {
        type: 'table',
        items: [{ url: 'http://127.0.0.1:40029/_astro/a.css', totalBytes: 1615, wastedMs: 308 }],
      },
    },
    'long-tasks': {
      details: {
        type: 'table',
        items: [
          { url: 'Unattributable', duration: 142, startTime: 758 },
          { url: 'http://127.0.0.1:40029/stories/x/', duration: 76, startTime: 1035 },
          { url: 'http://127.0.0.1:40029/stories/x/', duration: 137, startTime: 1211 },
          { url: 'Unattributable', duration: 52, startTime: 949 },
          { url: 'Unattributable', duration: 51, startTime: 999 },
          { url: 'Unattributable', duration: 50, startTime: 1500 },
        ],
      },
    },
    'mainthread-work-breakdown': {
      details: {
        type: 'table',
        items: [
          { groupLabel: 'Style & Layout', duration: 502 },
          { groupLabel: 'Other', duration: 649 },
        ],
      },
    },
    'layout-shifts': {
      details: {
        type: 'table',
        items: [{ node: node('div.figure-list', '9.8469 million m²\n\nFloor area'), score: 0.2595 }],
      },
    },
  },
};

describe('summarizeRun(lhr)', () => {
  it('reads category scores out of 100 and the four metrics', () => {
    const { scores, metrics } = summarizeRun(lhr);
    expect(scores).toEqual({ performance: 98, accessibility: 100, bestPractices: 96, seo: 91 });
    expect(metrics).toEqual({ fcp: 1075.8, lcp: 1902.4, tbt: 52.5, cls: 0 });
  });

  it('keeps what explains the scores: LCP element and subparts, blocking CSS, longest tasks, main-thread work, shifts', () => {
    expect(summarizeRun(lhr).diagnostics).toEqual({
      lcpElement: 'main#main > div.prose > p “On summer evenings in Wuhai …”',
      lcpSubparts: [
        { name: 'Element render delay', ms: 153.4 },
        { name: 'Time to first byte', ms: 14.7 },
      ],
      renderBlocking: [{ name: '/_astro/a.css', ms: 308 }],
      longTasks: [
        { name: 'Unattributable', ms: 142 },
        { name: '/stories/x/', ms: 137 },
        { name: '/stories/x/', ms: 76 },
        { name: 'Unattributable', ms: 52 },
        { name: 'Unattributable', ms: 51 },
      ],
      mainThread: [
        { name: 'Other', ms: 649 },
        { name: 'Style & Layout', ms: 502 },
      ],
      layoutShifts: [{ element: 'div.figure-list “9.8469 million m² Floor area”', score: 0.2595 }],
    });
  });

  it.each<[string, LhrLike]>([
    [
      'a failed run (null scores, audits without values)',
      {
        categories: {
          performance: { score: null },
          accessibility: { score: null },
          'best-practices': { score: null },
          seo: { score: null },
        },
        audits: { 'largest-contentful-paint': {}, 'total-blocking-time': { numericValue: undefined } },
      },
    ],
    ['a result without the categories or audits', { categories: {}, audits: {} }],
  ])('gives NaN, never 0, for what %s lacks', (_case, result) => {
    const { scores, metrics, diagnostics } = summarizeRun(result);
    expect(Object.values(scores).every(Number.isNaN)).toBe(true);
    expect(Object.values(metrics).every(Number.isNaN)).toBe(true);
    expect(diagnostics).toEqual({
      lcpElement: null,
      lcpSubparts: [],
      renderBlocking: [],
      longTasks: [],
      mainThread: [],
      layoutShifts: [],
    });
  });
});

describe('medianRun(runs)', () => {
  const run = (performance: number, lcp: number, tbt: number, cls: number): LighthouseRun => ({
    scores: { performance, accessibility: 100, bestPractices: 100, seo: 100 },
    metrics: { fcp: lcp - 100, lcp, tbt, cls },
    diagnostics: {
      lcpElement: null,
      lcpSubparts: [],
      renderBlocking: [],
      longTasks: [],
      mainThread: [],
      layoutShifts: [],
    },
  });

  it('takes each score and metric’s median on its own, not one whole run', () => {
    expect(medianRun([run(98, 1900, 24, 0), run(94, 1800, 108, 0.1), run(100, 2200, 0, 0)])).toEqual({
      scores: { performance: 98, accessibility: 100, bestPractices: 100, seo: 100 },
      metrics: { fcp: 1800, lcp: 1900, tbt: 24, cls: 0 },
    });
  });

  it('leaves a failed run out of each median', () => {
    expect(medianRun([run(NaN, NaN, NaN, NaN), run(90, 1000, 10, 0), run(100, 2000, 30, 0)]).metrics).toEqual({
      fcp: 1400,
      lcp: 1500,
      tbt: 20,
      cls: 0,
    });
  });

  it('is NaN throughout with no runs', () => {
    const { scores, metrics } = medianRun([]);
    expect([...Object.values(scores), ...Object.values(metrics)].every(Number.isNaN)).toBe(true);
  });
});
