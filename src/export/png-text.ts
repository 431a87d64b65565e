/**
 * PNG text metadata: a tiny chunk writer/reader (tEXt for Latin-1, iTXt for UTF-8) with CRC-32,
 * so exported PNGs carry their title, date, sources and permalink.
 */

const SIGNATURE = [137, 80, 78, 71, 13, 10, 26, 10];

let crcTable: Uint32Array | null = null;

/** CRC-32 (ISO 3309, as PNG uses) of `bytes`. */
export function crc32(bytes: Uint8Array): number {
  if (!crcTable) {
    crcTable = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      crcTable[n] = c >>> 0;
    }
  }
  let crc = 0xffffffff;
  for (let i = 0; i < bytes.length; i++) crc = crcTable[(crc ^ bytes[i]) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

/** One text entry: a PNG keyword (1–79 Latin-1 characters), its text and, for text that is not Latin-1, its language. */
export interface PngText {
  keyword: string;
  text: string;
  /** The text's language as a BCP 47 tag ("ar"), written in the iTXt chunk's language field. */
  lang?: string;
}

const isLatin1 = (s: string) => [...s].every((ch) => ch.codePointAt(0)! <= 0xff && ch !== '\0');

function latin1Bytes(s: string): number[] {
  return [...s].map((ch) => ch.codePointAt(0)!);
}

/** Wrap `data` as a PNG chunk of `type` (length, type, data, CRC). */
export function pngChunk(type: string, data: Uint8Array): Uint8Array {
  const out = new Uint8Array(12 + data.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, data.length);
  for (let i = 0; i < 4; i++) out[4 + i] = type.charCodeAt(i);
  out.set(data, 8);
  view.setUint32(8 + data.length, crc32(out.subarray(4, 8 + data.length)));
  return out;
}

/** Encode one entry as tEXt when it is Latin-1, else as uncompressed iTXt (UTF-8). */
export function textChunk({ keyword, text, lang = '' }: PngText): Uint8Array {
  if (!keyword || keyword.length > 79 || !isLatin1(keyword)) throw new RangeError(`Bad PNG keyword: ${keyword}`);
  const key = latin1Bytes(keyword);
  if (isLatin1(text)) return pngChunk('tEXt', Uint8Array.from([...key, 0, ...latin1Bytes(text)]));
  if (!/^[A-Za-z0-9-]{0,35}$/.test(lang)) throw new RangeError(`Bad PNG language tag: ${lang}`);
  // iTXt: keyword \0, compression flag 0, method 0, language tag \0, translated keyword "" \0, UTF-8 text.
  const utf8 = new TextEncoder().encode(text);
  return pngChunk('iTXt', Uint8Array.from([...key, 0, 0, 0, ...latin1Bytes(lang), 0, 0, ...utf8]));
}

function checkSignature(png: Uint8Array): void {
  if (png.length < 8 || SIGNATURE.some((b, i) => png[i] !== b)) throw new Error('Not a PNG file.');
}

/** Insert text chunks right after IHDR (before any image data). Returns a new PNG. */
export function insertTextChunks(png: Uint8Array, entries: readonly PngText[]): Uint8Array {
  checkSignature(png);
  const ihdrEnd = 8 + 12 + new DataView(png.buffer, png.byteOffset + 8, 4).getUint32(0);
  const chunks = entries.map(textChunk);
  const extra = chunks.reduce((n, c) => n + c.length, 0);
  const out = new Uint8Array(png.length + extra);
  out.set(png.subarray(0, ihdrEnd), 0);
  let at = ihdrEnd;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  out.set(png.subarray(ihdrEnd), at);
  return out;
}

/** Read every tEXt and uncompressed iTXt entry of a PNG; throws on a bad CRC. */
export function readTextChunks(png: Uint8Array): PngText[] {
  checkSignature(png);
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  const out: PngText[] = [];
  for (let at = 8; at + 12 <= png.length;) {
    const len = view.getUint32(at);
    const type = String.fromCharCode(...png.subarray(at + 4, at + 8));
    const data = png.subarray(at + 8, at + 8 + len);
    if (crc32(png.subarray(at + 4, at + 8 + len)) !== view.getUint32(at + 8 + len))
      throw new Error(`Bad CRC in ${type} chunk.`);
    if (type === 'tEXt' || type === 'iTXt') {
      const nul = data.indexOf(0);
      const keyword = String.fromCharCode(...data.subarray(0, nul));
      if (type === 'tEXt') out.push({ keyword, text: String.fromCharCode(...data.subarray(nul + 1)) });
      else if (data[nul + 1] === 0) {
        const langEnd = data.indexOf(0, nul + 3);
        const translated = data.indexOf(0, langEnd + 1);
        const lang = String.fromCharCode(...data.subarray(nul + 3, langEnd));
        const text = new TextDecoder().decode(data.subarray(translated + 1));
        out.push(lang ? { keyword, text, lang } : { keyword, text });
      }
    }
    if (type === 'IEND') break;
    at += 12 + len;
  }
  return out;
}
