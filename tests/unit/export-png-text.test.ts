import { describe, expect, it } from 'vitest';
import { PNG } from 'pngjs';
import { crc32, insertTextChunks, readTextChunks, textChunk } from '../../src/export/png-text.ts';

function tinyPng(): Uint8Array {
  const png = new PNG({ width: 2, height: 2 });
  png.data.fill(200);
  return new Uint8Array(PNG.sync.write(png));
}

describe('PNG text chunks', () => {
  it('computes the standard CRC-32', () => {
    expect(crc32(new TextEncoder().encode('123456789'))).toBe(0xcbf43926);
    expect(crc32(new TextEncoder().encode('IEND'))).toBe(0xae426082);
  });

  it('writes Latin-1 as tEXt and other text as iTXt, and reads both back', () => {
    const entries = [
      { keyword: 'Title', text: 'Iraq and Syria, 1 June 2015' },
      { keyword: 'Software', text: 'Atlas 2014–2026 — العراق' },
      { keyword: 'URL', text: 'http://x/?date=2015-06-01&center=43.1,36.3' },
      { keyword: 'Description', text: 'خريطة العراق وسوريا', lang: 'ar' },
    ];
    const out = insertTextChunks(tinyPng(), entries);
    expect(readTextChunks(out)).toEqual(entries);
    const types = [];
    for (let at = 8; at < out.length;) {
      const len = new DataView(out.buffer, out.byteOffset + at, 4).getUint32(0);
      types.push(String.fromCharCode(...out.subarray(at + 4, at + 8)));
      at += 12 + len;
    }
    expect(types.slice(0, 5)).toEqual(['IHDR', 'tEXt', 'iTXt', 'tEXt', 'iTXt']);
    expect(() => textChunk({ keyword: 'Title', text: 'العراق', lang: 'ar\u0000x' })).toThrow(RangeError);
  });

  it('keeps the image decodable and unchanged', () => {
    const out = insertTextChunks(tinyPng(), [{ keyword: 'Title', text: 'x' }]);
    const back = PNG.sync.read(Buffer.from(out));
    expect([back.width, back.height, back.data[0]]).toEqual([2, 2, 200]);
  });

  it('detects a corrupted chunk and rejects bad input', () => {
    const out = insertTextChunks(tinyPng(), [{ keyword: 'Title', text: 'abc' }]);
    out[8 + 25 + 10] ^= 1;
    expect(() => readTextChunks(out)).toThrow(/CRC/);
    expect(() => readTextChunks(new Uint8Array([1, 2, 3]))).toThrow(/Not a PNG/);
    expect(() => textChunk({ keyword: '', text: 'x' })).toThrow(RangeError);
  });
});
