import { closeSync, fstatSync, openSync, readSync } from 'node:fs';

/**
 * Reads the names in an SQLite file's schema table straight from its pages, with node:fs only.
 * Opening a WAL-mode file with SQLite, even read-only, creates `-wal` and `-shm` files beside it;
 * a file we refuse must stay exactly as it was, so we look inside it without SQLite.
 * See https://www.sqlite.org/fileformat2.html (b-tree pages, record format).
 */

export const SQLITE_HEADER = Buffer.from('SQLite format 3\0', 'latin1');

export interface SchemaEntry {
  type: string;
  name: string;
}

export class SchemaReadError extends Error {
  override name = 'SchemaReadError';
}

/** A schema larger than this many pages is not one any app writes: stop rather than loop. */
const MAX_SCHEMA_PAGES = 10_000;

function varint(buf: Buffer, at: number): [value: number, next: number] {
  let value = 0;
  for (let i = 0; i < 9; i++) {
    const byte = buf[at + i];
    if (byte === undefined) throw new SchemaReadError('a varint runs past the page');
    if (i === 8) return [value * 256 + byte, at + 9];
    value = value * 128 + (byte & 0x7f);
    if ((byte & 0x80) === 0) return [value, at + i + 1];
  }
  return [value, at + 9];
}

/** Bytes a record value of this serial type takes (text and blobs: their length). */
function serialSize(type: number): number {
  if (type >= 12) return Math.floor((type - (type % 2 === 0 ? 12 : 13)) / 2);
  return [0, 1, 2, 3, 4, 6, 8, 8, 0, 0, 0, 0][type] ?? 0;
}

function decodeText(bytes: Buffer, encoding: number): string {
  if (encoding === 2) return bytes.toString('utf16le');
  if (encoding === 3) return Buffer.from(bytes).swap16().toString('utf16le');
  return bytes.toString('utf8');
}

/** The first two columns (type, name) of a schema row, from the part of the cell on its page. */
function readTypeAndName(payload: Buffer, encoding: number): SchemaEntry {
  const [headerSize, first] = varint(payload, 0);
  const types: number[] = [];
  let at = first;
  while (at < headerSize && types.length < 2) {
    const [type, next] = varint(payload, at);
    types.push(type);
    at = next;
  }
  let body = headerSize;
  const texts: string[] = [];
  for (const type of types) {
    const size = serialSize(type);
    const value = payload.subarray(body, Math.min(body + size, payload.length));
    texts.push(type >= 13 && type % 2 === 1 ? decodeText(value, encoding) : '');
    body += size;
  }
  return { type: texts[0] ?? '', name: texts[1] ?? '' };
}

export interface FileHeader {
  pageSize: number;
  usable: number;
  encoding: number;
  userVersion: number;
  /** Pages the header says the file has, when that field is valid (0 when it is not). */
  pageCount: number;
}

export function readHeader(head: Buffer): FileHeader {
  const rawPageSize = head.readUInt16BE(16);
  const pageSize = rawPageSize === 1 ? 65536 : rawPageSize;
  if (pageSize < 512 || pageSize > 65536 || (pageSize & (pageSize - 1)) !== 0) throw new SchemaReadError(`page size ${rawPageSize} is not valid`);
  const reserved = head.readUInt8(20);
  const usable = pageSize - reserved;
  if (usable < 480) throw new SchemaReadError('too many reserved bytes per page');
  const changeCounter = head.readUInt32BE(24);
  const validFor = head.readUInt32BE(92);
  return {
    pageSize,
    usable,
    encoding: head.readUInt32BE(56),
    userVersion: head.readUInt32BE(60),
    pageCount: changeCounter === validFor ? head.readUInt32BE(28) : 0,
  };
}

/** Every (type, name) row of the schema table, by walking its b-tree from page 1. */
export function readSchemaEntries(file: string): SchemaEntry[] {
  const fd = openSync(file, 'r');
  try {
    const size = fstatSync(fd).size;
    const head = Buffer.alloc(100);
    if (readSync(fd, head, 0, 100, 0) < 100) throw new SchemaReadError('shorter than the 100-byte header');
    const header = readHeader(head);
    const totalPages = Math.floor(size / header.pageSize);
    const readPage = (n: number): Buffer => {
      if (n < 1 || n > totalPages) throw new SchemaReadError(`the schema points to page ${n}, past the end of the file`);
      const page = Buffer.alloc(header.pageSize);
      readSync(fd, page, 0, header.pageSize, (n - 1) * header.pageSize);
      return page;
    };
    const entries: SchemaEntry[] = [];
    const seen = new Set<number>();
    const maxLocal = header.usable - 35;
    const minLocal = Math.floor(((header.usable - 12) * 32) / 255) - 23;
    const walk = (n: number) => {
      if (seen.has(n)) throw new SchemaReadError(`page ${n} appears twice in the schema`);
      if (seen.size >= MAX_SCHEMA_PAGES) throw new SchemaReadError('the schema is too large');
      seen.add(n);
      const page = readPage(n);
      const top = n === 1 ? 100 : 0;
      const kind = page[top];
      const cells = page.readUInt16BE(top + 3);
      if (kind === 0x05) {
        for (let i = 0; i < cells; i++) walk(page.readUInt32BE(page.readUInt16BE(top + 12 + 2 * i)));
        walk(page.readUInt32BE(top + 8));
        return;
      }
      if (kind !== 0x0d) throw new SchemaReadError(`page ${n} is not a table page (type ${String(kind)})`);
      for (let i = 0; i < cells; i++) {
        const cell = page.readUInt16BE(top + 8 + 2 * i);
        if (cell < top + 8 || cell >= header.usable) throw new SchemaReadError(`a cell on page ${n} points outside it`);
        const [payloadSize, afterSize] = varint(page, cell);
        const [, start] = varint(page, afterSize);
        let local = payloadSize;
        if (payloadSize > maxLocal) {
          const k = minLocal + ((payloadSize - minLocal) % (header.usable - 4));
          local = k <= maxLocal ? k : minLocal;
        }
        entries.push(readTypeAndName(page.subarray(start, Math.min(start + local, header.usable)), header.encoding));
      }
    };
    walk(1);
    return entries;
  } catch (error) {
    if (error instanceof SchemaReadError) throw error;
    throw new SchemaReadError(error instanceof Error ? error.message : String(error));
  } finally {
    closeSync(fd);
  }
}
