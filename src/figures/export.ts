import { csvFormatRow } from 'd3';
import type { FigureView } from './view';

/** One figure as published in /data/figures.json: every provenance field, absolute URLs, nulls for absent fields. */
export interface ExportRecord {
  id: string;
  label: string;
  label_zh: string;
  value: string;
  unit: string;
  value_en: string;
  value_zh: string;
  kind: string;
  qualifier: string | null;
  direction: string | null;
  period: string;
  period_en: string;
  period_zh: string;
  place: string;
  locality: string | null;
  locality_zh: string | null;
  topics: string[];
  source: string;
  source_title: string;
  quote: string;
  note: string | null;
  note_zh: string | null;
  checks: { relation: string; holds: boolean; message: string; message_zh: string }[];
  stories: string[];
  figure_url: string;
  source_url: string;
}

/** The published columns of the figure base, in their stable order (JSON keys and CSV columns alike). */
export const EXPORT_COLUMNS = [
  'id',
  'label',
  'label_zh',
  'value',
  'unit',
  'value_en',
  'value_zh',
  'kind',
  'qualifier',
  'direction',
  'period',
  'period_en',
  'period_zh',
  'place',
  'locality',
  'locality_zh',
  'topics',
  'source',
  'source_title',
  'quote',
  'note',
  'note_zh',
  'checks',
  'stories',
  'figure_url',
  'source_url',
] as const satisfies readonly (keyof ExportRecord)[];

/** How to link a figure and a passage, as site-relative paths. */
export interface ExportLinks {
  figure(sourceId: string, id: string): string;
  passage(sourceId: string, anchor: string): string;
}

/** Figure views as published records with absolute URLs on `site`. */
export function exportRecords(views: readonly FigureView[], site: URL, links: ExportLinks): ExportRecord[] {
  return views.map(({ figure, valueEn, periodEn, valueZh, periodZh, source, checks, stories }) => ({
    id: figure.id,
    label: figure.label,
    label_zh: figure.label_zh,
    value: figure.value,
    unit: figure.unit,
    value_en: valueEn,
    value_zh: valueZh,
    kind: figure.kind,
    qualifier: figure.qualifier ?? null,
    direction: figure.direction ?? null,
    period: figure.period,
    period_en: periodEn,
    period_zh: periodZh,
    place: figure.place,
    locality: figure.locality ?? null,
    locality_zh: figure.locality_zh ?? null,
    topics: [...figure.topics],
    source: figure.source,
    source_title: source.title_zh,
    quote: figure.quote,
    note: figure.note ?? null,
    note_zh: figure.note_zh ?? null,
    checks: checks.map((check) => ({
      relation: check.relation.id,
      holds: check.holds,
      message: check.message,
      message_zh: check.messageZh,
    })),
    stories: stories.map((story) => story.slug),
    figure_url: new URL(links.figure(figure.source, figure.id), site).href,
    source_url: new URL(links.passage(figure.source, figure.passage.anchor), site).href,
  }));
}

/**
 * Text a spreadsheet would run as a formula (=, +, @, a tab or carriage return, or - before anything but a digit)
 * gets a leading apostrophe, so opening the file never runs what a label or note happens to begin with.
 */
export function spreadsheetSafe(text: string): string {
  return /^(?:[=+@\t\r]|-(?!\d))/.test(text) ? `'${text}` : text;
}

/** One CSV cell: lists joined with "; ", checks by their messages, absent fields empty. */
function cell(value: ExportRecord[keyof ExportRecord]): string {
  if (value === null) return '';
  if (Array.isArray(value))
    return spreadsheetSafe(value.map((item) => (typeof item === 'string' ? item : item.message)).join('; '));
  return spreadsheetSafe(value);
}

/** Records as CSV that spreadsheets open correctly: UTF-8 with a byte-order mark, CRLF line ends, RFC 4180 quoting. */
export function toCsv(records: readonly ExportRecord[]): string {
  const lines = [
    csvFormatRow([...EXPORT_COLUMNS]),
    ...records.map((record) => csvFormatRow(EXPORT_COLUMNS.map((column) => cell(record[column])))),
  ];
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
