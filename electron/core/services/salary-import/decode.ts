import chardet from 'chardet';
import iconv from 'iconv-lite';
import type { Encoding } from '@shared/domain/salary-import';

/** Enough bytes to tell the encoding and to show a preview. */
export const SAMPLE_BYTES = 256 * 1024;

/**
 * The file's encoding: a byte-order mark decides (UTF-8, UTF-16LE, UTF-16BE); without one, text
 * that decodes as UTF-8 is UTF-8; UTF-16 without a mark is recognised by chardet; anything else
 * is read as Windows-1252, the usual encoding of spreadsheets saved as "CSV" on Windows.
 */
export function detectEncoding(sample: Uint8Array): Encoding {
  if (sample[0] === 0xef && sample[1] === 0xbb && sample[2] === 0xbf) return 'utf-8';
  if (sample[0] === 0xff && sample[1] === 0xfe) return 'utf-16le';
  if (sample[0] === 0xfe && sample[1] === 0xff) return 'utf-16be';
  try {
    // stream: true tolerates a character cut in half at the end of the sample.
    new TextDecoder('utf-8', { fatal: true }).decode(sample, { stream: true });
    return 'utf-8';
  } catch {
    const guess = chardet.detect(sample);
    if (guess === 'UTF-16LE') return 'utf-16le';
    if (guess === 'UTF-16BE') return 'utf-16be';
    return 'windows-1252';
  }
}

/** Decodes bytes as text without the byte-order mark. */
export function decodeSample(sample: Uint8Array, encoding: Encoding): string {
  return iconv.decode(Buffer.from(sample), encoding, { stripBOM: true });
}

export function decodeStream(encoding: Encoding): NodeJS.ReadWriteStream {
  return iconv.decodeStream(encoding, { stripBOM: true });
}
