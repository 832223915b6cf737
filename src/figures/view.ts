import { sourceCredit, sourceCreditZh } from '../sources/cite';
import type { Source, SourceDefect } from '../sources/source';
import { FIGURE_KINDS } from './figure';
import { formatFigure } from './format';
import { formatFigureZh, periodLabelZh } from './format-zh';
import { periodLabel } from './period';
import { PLACES, type Place } from '../lib/places';
import type { CheckedFigure } from './registry';
import type { RelationResult } from './relations';

/** What a page shows of a figure: its value and labels in English and Chinese, provenance, checks and the stories using it. */
export interface FigureView {
  figure: CheckedFigure;
  valueEn: string;
  periodEn: string;
  placeEn: string;
  /** The value as the document prints it ("增长16.5倍", "超2762亿元"), its period and place, for Chinese readers. */
  valueZh: string;
  periodZh: string;
  placeZh: string;
  creditZh: string;
  kindEn: string;
  kindZh: string;
  source: Source;
  credit: string;
  checks: RelationResult[];
  /** Known defects of the source whose quoted words stand inside this figure's quote. */
  defects: SourceDefect[];
  stories: { slug: string; title: string; titleZh: string }[];
}

/** A story as far as figure usage goes: which figures it leads with or cites. */
export interface StoryFigures {
  slug: string;
  title: string;
  titleZh: string;
  figureIds: readonly string[];
}

/** Short names by which a locality already says where it is: 蒙能集团 is the region's, 锡盟—泰州 starts in Xilingol. */
const PLACE_SHORT_NAMES: Partial<Record<Place, readonly string[]>> = { 'inner-mongolia': ['蒙'], xilingol: ['锡盟'] };

/**
 * A figure's place as Chinese writes it: the place before what lies within it, with no mark between (呼和浩特武川县,
 * 内蒙古伊敏换流站), or the locality alone where its name says where it is (工商银行包头分行). Brackets would nest
 * inside the brackets a page sets a place in.
 */
function placeInChinese(figure: CheckedFigure): string {
  const place = PLACES[figure.place].zh;
  const locality = figure.locality_zh;
  if (!locality) return place;
  const named = [place, ...(PLACE_SHORT_NAMES[figure.place] ?? [])].some((name) => locality.includes(name));
  return named ? locality : `${place}${locality}`;
}

/** Joins each figure with what readers need to see of it, in figure-base order. */
export function figureViews(
  figures: readonly CheckedFigure[],
  sources: readonly Source[],
  relations: readonly RelationResult[],
  stories: readonly StoryFigures[],
): FigureView[] {
  const sourceById = new Map(sources.map((source) => [source.id, source]));
  return figures.map((figure) => {
    const source = sourceById.get(figure.source);
    if (!source) throw new Error(`figure ${figure.id} names unknown source ${figure.source}`);
    return {
      figure,
      valueEn: formatFigure(figure),
      periodEn: periodLabel(figure.period),
      placeEn: figure.locality ? `${figure.locality}, ${PLACES[figure.place].en}` : PLACES[figure.place].en,
      valueZh: formatFigureZh(figure),
      periodZh: periodLabelZh(figure.period, figure.kind),
      placeZh: placeInChinese(figure),
      kindEn: FIGURE_KINDS[figure.kind].en,
      kindZh: FIGURE_KINDS[figure.kind].zh,
      source,
      credit: sourceCredit(source),
      creditZh: sourceCreditZh(source),
      checks: relations.filter((result) => result.relation.stated === figure.id),
      defects: source.defects.filter(
        ({ passage }) => passage && passage.start < figure.passage.end && figure.passage.start < passage.end,
      ),
      stories: stories
        .filter((story) => story.figureIds.includes(figure.id))
        .map(({ slug, title, titleZh }) => ({ slug, title, titleZh })),
    };
  });
}
