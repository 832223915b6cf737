import { loadFigureBase } from '../../src/stories/figure-base';

/** A 200-character label, the most a `label` attribute takes, in words a story would use. */
export const LONG_LABEL =
  'Output values of wind, solar, hydrogen and storage equipment made at the Hohhot, Baotou, Ordos and Tongliao bases, as a share of all new-energy equipment made in the region over the first half of 2024';

/** The longest label of any figure in data/figures: what a chart shows when a step gives no label of its own. */
function longestFigureLabel(): string {
  return [...loadFigureBase().data.values()]
    .map((datum) => datum.label)
    .reduce((a, b) => (b.length > a.length ? b : a));
}

/** The long labels every chart must fit: the 200-character one and the figure base's longest. */
export function longLabels(): [string, string][] {
  return [
    ['a 200-character label', LONG_LABEL],
    ['the longest figure label', longestFigureLabel()],
  ];
}
