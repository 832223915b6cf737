import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { describe, expect, it } from 'vitest';
import { snapshotMarkup } from '../support/chart-markup';
import { renderStep, storySections } from '../support/chart-render';
import { acceptingSnapshots, expectFileSnapshot, removeSnapshots, staleSnapshots } from '../support/file-snapshot';
import { chartSvg, outside, placedTexts, TEXT_SIZES } from '../support/chart-tree';

const SNAPSHOTS = fileURLToPath(new URL('__snapshots__', import.meta.url));

// Every component renders a <figure>: the headline, the drawing (inline SVG, or HTML for big-number), the key under
// it, the source line and the data table, so each snapshot is that whole figure as HTML. A map step draws its own
// base map, as a share card does; on the page, copies after the first reuse one drawing of it.
// The Chinese editions' charts, with every label in Chinese, are kept under zh/.
const steps = [
  ...storySections().map((section) => ({ section, folder: SNAPSHOTS })),
  ...storySections('stories/zh', 'zh').map((section) => ({ section, folder: join(SNAPSHOTS, 'zh') })),
].flatMap(({ section, folder }) =>
  section.steps.map((id, index) => {
    const path = join(folder, section.story, section.id, `${String(index + 1).padStart(2, '0')}-${id}.html`);
    return { name: `${relative(SNAPSHOTS, path)} (${section.chart})`, section, index, path };
  }),
);

describe('render(<Chart>, step)', () => {
  it.each(steps.map((step) => [step.name, step] as const))('%s', async (_name, { section, index, path }) => {
    await expectFileSnapshot(await snapshotMarkup(renderStep(section, index)), path);
  });

  // big-number draws HTML, which wraps with its container; every other chart draws an SVG of a fixed viewBox.
  it.each(steps.filter((step) => step.section.chart !== 'big-number').map((step) => [step.name, step] as const))(
    '%s keeps its text inside the viewBox',
    (_name, { section, index }) => {
      const { svg, width, height } = chartSvg(fromHtml(renderStep(section, index), { fragment: true }));
      expect(outside(placedTexts(svg, TEXT_SIZES[section.chart]!), width, height)).toEqual([]);
    },
  );

  // The frame finds a tapped mark's figure by its id among the step's data, and hangs the tooltip at its point.
  it.each(steps.map((step) => [step.name, step] as const))(
    '%s marks only figures of its data table, each with a tooltip point',
    (_name, { section, index }) => {
      const table = new Set(section.props.frames[index]!.table.map((datum) => datum.id));
      const marks = selectAll('[data-mark]', fromHtml(renderStep(section, index), { fragment: true }));
      expect(
        marks
          .map((mark) => `${String(mark.properties.dataMark)} at ${String(mark.properties.dataTip)}`)
          .filter((mark) => !/^(\S+) at -?[\d.]+ -?[\d.]+$/.test(mark) || !table.has(mark.split(' ')[0]!)),
      ).toEqual([]);
    },
  );

  it('keeps no snapshot of a step that no story has any more', () => {
    const stale = staleSnapshots(SNAPSHOTS, new Set(steps.map((step) => step.path)));
    if (acceptingSnapshots()) removeSnapshots(SNAPSHOTS, stale);
    else
      expect(
        stale.map((path) => relative(process.cwd(), path)),
        'stale snapshots: delete them, or accept with `npx vitest run -u`',
      ).toEqual([]);
  });
});
