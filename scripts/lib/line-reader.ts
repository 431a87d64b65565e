/**
 * Reads text lines from a stream without ever holding more than `maxChars` of one line: a longer
 * line is reported by its length and skipped, so no input line can exhaust memory.
 */
import { StringDecoder } from 'node:string_decoder';

/** One line of input, or the length of one too long to keep. */
export type InputLine = { line: string } | { tooLong: number };

/** Yield every line of `input` (LF or CRLF endings; a last line without one counts). */
export async function* readLines(input: AsyncIterable<Buffer | string>, maxChars: number): AsyncGenerator<InputLine> {
  const decoder = new StringDecoder('utf8');
  let buf = '';
  let dropped = 0; // characters of the current line already dropped (0 while it fits)
  const end = function* (): Generator<InputLine> {
    if (dropped || buf.length > maxChars) yield { tooLong: dropped + buf.length };
    else yield { line: buf.endsWith('\r') ? buf.slice(0, -1) : buf };
    buf = '';
    dropped = 0;
  };
  for await (const chunk of input) {
    let text = typeof chunk === 'string' ? chunk : decoder.write(chunk);
    for (let nl = text.indexOf('\n'); nl >= 0; nl = text.indexOf('\n')) {
      buf += text.slice(0, nl);
      text = text.slice(nl + 1);
      yield* end();
    }
    buf += text;
    if (buf.length > maxChars) {
      dropped += buf.length;
      buf = '';
    }
  }
  buf += decoder.end();
  if (buf !== '' || dropped) yield* end();
}
