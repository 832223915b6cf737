import { gzipSync } from 'node:zlib';

/** One response the browser received for a page, with its resource type as Playwright names it. */
export interface ResourceRecord {
  url: string;
  /** `document`, `stylesheet`, `script`, `image`, `font`, `fetch`, `manifest`, `other` … */
  type: string;
  body: Uint8Array;
}

/** A byte count as served uncompressed and as gzip would send it. */
export interface Bytes {
  raw: number;
  gzip: number;
}

/** What a page made the browser download, by kind of file, and how many requests it made. */
export interface PageWeight {
  html: Bytes;
  css: Bytes;
  js: Bytes;
  /** Images, fonts, the manifest, data fetched by scripts: everything that is not HTML, CSS or JavaScript. */
  other: Bytes;
  requests: number;
}

const GROUP_OF_TYPE: Record<string, 'html' | 'css' | 'js'> = { document: 'html', stylesheet: 'css', script: 'js' };

/** The size of a body gzipped by node:zlib at its default level; an empty body (a redirect) sends nothing, so 0. */
export function gzipBytes(body: Uint8Array): number {
  return body.length === 0 ? 0 : gzipSync(body).length;
}

/** Adds up the responses of one page load by HTML, CSS, JavaScript and the rest, raw and gzip, and counts them. */
export function pageWeight(records: readonly ResourceRecord[]): PageWeight {
  const weight: PageWeight = {
    html: { raw: 0, gzip: 0 },
    css: { raw: 0, gzip: 0 },
    js: { raw: 0, gzip: 0 },
    other: { raw: 0, gzip: 0 },
    requests: records.length,
  };
  for (const record of records) {
    const bytes = weight[GROUP_OF_TYPE[record.type] ?? 'other'];
    bytes.raw += record.body.length;
    bytes.gzip += gzipBytes(record.body);
  }
  return weight;
}
