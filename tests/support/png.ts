import { inflateSync } from 'node:zlib';

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** The chunks of a PNG file, in order, by type. */
function chunks(png: Uint8Array): { type: string; data: Buffer }[] {
  const bytes = Buffer.from(png);
  if (!bytes.subarray(0, 8).equals(SIGNATURE))
    throw new Error('not a PNG: the file does not start with the PNG signature');
  const found: { type: string; data: Buffer }[] = [];
  for (let at = 8; at < bytes.length;) {
    const length = bytes.readUInt32BE(at);
    found.push({ type: bytes.toString('latin1', at + 4, at + 8), data: bytes.subarray(at + 8, at + 8 + length) });
    at += 12 + length;
  }
  return found;
}

/** A PNG's width and height in px, read from its IHDR chunk. */
export function pngSize(png: Uint8Array): { width: number; height: number } {
  const header = chunks(png)[0];
  if (header?.type !== 'IHDR') throw new Error('not a PNG: the first chunk is not IHDR');
  return { width: header.data.readUInt32BE(0), height: header.data.readUInt32BE(4) };
}

/** The alpha of an 8-bit RGBA PNG's top-left pixel (0 transparent, 255 opaque). */
export function topLeftAlpha(png: Uint8Array): number {
  const all = chunks(png);
  const header = all[0]!.data;
  if (header[8] !== 8 || header[9] !== 6) throw new Error('topLeftAlpha reads only 8-bit RGBA PNGs');
  const pixels = inflateSync(Buffer.concat(all.filter((chunk) => chunk.type === 'IDAT').map((chunk) => chunk.data)));
  // Byte 0 is the first row's filter type; every filter leaves the first pixel of the first row as it is.
  return pixels[4]!;
}
