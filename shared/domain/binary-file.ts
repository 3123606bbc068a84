/**
 * Telling a text file from a binary one by its first bytes, before anything tries to read it as
 * CSV: a PNG decoded as Windows-1252 "previews" as garbage instead of being refused.
 */

interface Signature {
  kind: string;
  /** Bytes at `offset`; null matches any byte. */
  bytes: readonly (number | null)[];
  offset?: number;
}

const ascii = (text: string): number[] => [...text].map((c) => c.charCodeAt(0));

/**
 * Well-known magic numbers, described as a user would name the file. Only signatures no CSV
 * header could start with; other binary files are caught by their NUL bytes.
 */
const SIGNATURES: readonly Signature[] = [
  { kind: 'a PNG image', bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { kind: 'a JPEG image', bytes: [0xff, 0xd8, 0xff] },
  { kind: 'a GIF image', bytes: ascii('GIF87a') },
  { kind: 'a GIF image', bytes: ascii('GIF89a') },
  { kind: 'a WebP image', bytes: [...ascii('RIFF'), null, null, null, null, ...ascii('WEBP')] },
  { kind: 'a TIFF image', bytes: [0x49, 0x49, 0x2a, 0x00] },
  { kind: 'a TIFF image', bytes: [0x4d, 0x4d, 0x00, 0x2a] },
  { kind: 'a PDF document', bytes: ascii('%PDF-') },
  { kind: 'a ZIP archive (an Excel .xlsx workbook is one)', bytes: [0x50, 0x4b, 0x03, 0x04] },
  { kind: 'a ZIP archive (an Excel .xlsx workbook is one)', bytes: [0x50, 0x4b, 0x05, 0x06] },
  { kind: 'a ZIP archive (an Excel .xlsx workbook is one)', bytes: [0x50, 0x4b, 0x07, 0x08] },
  { kind: 'an old Office document (an Excel .xls workbook is one)', bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1] },
  { kind: 'a gzip archive', bytes: [0x1f, 0x8b] },
  { kind: 'a bzip2 archive', bytes: [...ascii('BZh'), null, 0x31, 0x41, 0x59, 0x26, 0x53, 0x59] },
  { kind: 'an xz archive', bytes: [0xfd, ...ascii('7zXZ'), 0x00] },
  { kind: 'a 7-Zip archive', bytes: [...ascii('7z'), 0xbc, 0xaf, 0x27, 0x1c] },
  { kind: 'a RAR archive', bytes: [...ascii('Rar!'), 0x1a, 0x07] },
  { kind: 'a Zstandard archive', bytes: [0x28, 0xb5, 0x2f, 0xfd] },
  { kind: 'an SQLite database', bytes: [...ascii('SQLite format 3'), 0x00] },
  { kind: 'a program (ELF)', bytes: [0x7f, ...ascii('ELF')] },
  { kind: 'a video or audio file (MP4)', bytes: ascii('ftyp'), offset: 4 },
];

function matches(bytes: Uint8Array, signature: Signature): boolean {
  const offset = signature.offset ?? 0;
  if (bytes.length < offset + signature.bytes.length) return false;
  return signature.bytes.every((b, i) => b === null || bytes[offset + i] === b);
}

/** How many leading bytes the NUL check reads: enough for a header and many rows. */
const NUL_WINDOW = 64 * 1024;

/**
 * UTF-16 text without a byte-order mark has a NUL beside nearly every ASCII character, always on
 * the same side of each pair; a binary file scatters its NULs over both.
 */
function looksLikeUtf16(bytes: Uint8Array, end: number): boolean {
  let even = 0;
  let odd = 0;
  for (let i = 0; i < end; i++) {
    if (bytes[i] !== 0) continue;
    if (i % 2 === 0) even++;
    else odd++;
  }
  const pairs = Math.floor(end / 2);
  const [many, few] = even > odd ? [even, odd] : [odd, even];
  return pairs > 0 && many >= pairs * 0.3 && few <= many * 0.02;
}

/**
 * What a file that is not text looks like ("a PNG image", "an SQLite database", …), or null for
 * text. Reads the leading bytes only: a known binary signature, else a NUL byte in text that is
 * not UTF-16. UTF-16 with or without a byte-order mark counts as text.
 */
export function binaryFileKind(bytes: Uint8Array): string | null {
  const known = SIGNATURES.find((s) => matches(bytes, s));
  if (known) return known.kind;
  const hasUtf16Mark = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
  if (hasUtf16Mark) return null;
  const end = Math.min(bytes.length, NUL_WINDOW);
  const nul = bytes.subarray(0, end).indexOf(0);
  if (nul < 0 || looksLikeUtf16(bytes, end)) return null;
  return 'binary data (it contains NUL bytes, which text never has)';
}
