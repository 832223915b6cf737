import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { gzipBytes, pageWeight, type ResourceRecord } from '../../../scripts/bench/weight.ts';

const text = (value: string) => new TextEncoder().encode(value);
const html = text(`<!doctype html><title>x</title>${'<p>Inner Mongolia in figures</p>'.repeat(50)}`);
const css = text('body { margin: 0 } '.repeat(20));
const js = text('console.log("step");'.repeat(30));
const png = new Uint8Array([137, 80, 78, 71, 13, 10, 26, 10]);
const record = (type: string, body: Uint8Array, url = `/${type}`): ResourceRecord => ({ url, type, body });

describe('gzipBytes(body)', () => {
  it("is the length of node:zlib's gzip at its default level", () => {
    expect(gzipBytes(html)).toBe(gzipSync(html).length);
    expect(gzipBytes(html)).toBeLessThan(html.length);
  });

  it('is 0 for an empty body (a redirect sends nothing), not the gzip header', () => {
    expect(gzipBytes(new Uint8Array())).toBe(0);
  });
});

describe('pageWeight(records)', () => {
  it('files documents as HTML, stylesheets as CSS, scripts as JS, and everything else as other', () => {
    const weight = pageWeight([
      record('document', html),
      record('stylesheet', css),
      record('script', js),
      record('image', png),
      record('fetch', css),
      record('other', js),
    ]);
    expect(weight.html).toEqual({ raw: html.length, gzip: gzipSync(html).length });
    expect(weight.css).toEqual({ raw: css.length, gzip: gzipSync(css).length });
    expect(weight.js).toEqual({ raw: js.length, gzip: gzipSync(js).length });
    expect(weight.other).toEqual({
      raw: png.length + css.length + js.length,
      gzip: gzipSync(png).length + gzipSync(css).length + gzipSync(js).length,
    });
    expect(weight.requests).toBe(6);
  });

  it('gzips each file on its own, as a server sends them, and adds the results', () => {
    const weight = pageWeight([record('script', js, '/a.js'), record('script', js, '/b.js')]);
    expect(weight.js).toEqual({ raw: 2 * js.length, gzip: 2 * gzipSync(js).length });
  });

  it('counts a request whose body is empty, with no bytes', () => {
    const weight = pageWeight([record('document', new Uint8Array()), record('document', html)]);
    expect(weight.requests).toBe(2);
    expect(weight.html).toEqual({ raw: html.length, gzip: gzipSync(html).length });
  });

  it('is all zeros for a page that loaded nothing', () => {
    const none = { raw: 0, gzip: 0 };
    expect(pageWeight([])).toEqual({ html: none, css: none, js: none, other: none, requests: 0 });
  });
});
