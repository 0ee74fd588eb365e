// Compressed exports as they come: a `.csv.gz`, or a `.zip` holding one or more CSV files. Decompressed with the
// platform's DecompressionStream (browsers, workers and Node 18+), never more than a tab can hold.
import { msg, type Msg } from '../messages';
import type { ByteSource } from '../ingest/source';

/** Bytes a file may have once decompressed: what capacity.ts lets a tab read (3.5 GB / 15 bytes per byte). */
export const MAX_UNPACKED_BYTES = Math.floor((3.5 * 1024 ** 3) / 15);

/** Data files inside an archive: the rest (images, a workbook's XML, macOS's `__MACOSX/` copies) is left alone. */
const DATA_FILE = /\.(?:csv|tsv|txt|tab)$/i;

export type Opened =
  | {
      ok: true; name: string; bytes: Uint8Array;
      /** The zip member read, if any. */
      member?: string;
      /** The archive's other data files, when it holds several and none was asked for. */
      others: string[];
    }
  | { ok: false; problem: Msg };

export interface ZipEntry { name: string; method: number; flags: number; size: number; packed: number; offset: number }

const u16 = (b: Uint8Array, at: number) => b[at] | (b[at + 1] << 8);
const u32 = (b: Uint8Array, at: number) => (b[at] | (b[at + 1] << 8) | (b[at + 2] << 16)) + b[at + 3] * 2 ** 24;

export const isGzip = (b: Uint8Array) => b.length > 18 && b[0] === 0x1f && b[1] === 0x8b;
export const isZip = (b: Uint8Array) => b.length > 22 && b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04;

/** The zip's central directory, or null when it has none (a broken or cut file). */
export function zipEntries(b: Uint8Array): ZipEntry[] | null {
  // The end record sits in the last 22 bytes plus a comment of at most 65,535.
  let end = -1;
  for (let i = b.length - 22; i >= Math.max(0, b.length - 22 - 65_535); i--) {
    if (u32(b, i) === 0x06054b50) { end = i; break; }
  }
  if (end < 0) return null;
  const count = u16(b, end + 10);
  let at = u32(b, end + 16);
  const out: ZipEntry[] = [];
  for (let k = 0; k < count; k++) {
    if (at + 46 > b.length || u32(b, at) !== 0x02014b50) return null;
    const nameLength = u16(b, at + 28), extra = u16(b, at + 30), comment = u16(b, at + 32);
    const name = new TextDecoder().decode(b.subarray(at + 46, at + 46 + nameLength));
    out.push({ name, flags: u16(b, at + 8), method: u16(b, at + 10), packed: u32(b, at + 20), size: u32(b, at + 24), offset: u32(b, at + 42) });
    at += 46 + nameLength + extra + comment;
  }
  return out;
}

/** Runs bytes through a DecompressionStream, stopping once more than `limit` bytes came out. */
export async function inflate(bytes: Uint8Array, format: 'gzip' | 'deflate-raw', limit: number): Promise<Uint8Array | null> {
  const input = new ReadableStream<Uint8Array>({ start(c) { c.enqueue(bytes); c.close(); } });
  // The engine compiles without DOM types, where the stream's pair type is not named: its output is bytes.
  const pair = new DecompressionStream(format) as unknown as { writable: WritableStream<Uint8Array>; readable: ReadableStream<Uint8Array> };
  const reader = input.pipeThrough(pair).getReader();
  const parts: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.length;
    // A zip bomb says little of its size: count what really comes out.
    if (total > limit) { await reader.cancel(); return null; }
    parts.push(value);
  }
  const out = new Uint8Array(total);
  let at = 0;
  for (const p of parts) { out.set(p, at); at += p.length; }
  return out;
}

/**
 * One member's bytes: null when more than `limit` bytes come out, 'broken' when its local header is missing or it
 * is stored in a way not read here (only stored and deflated members are). Throws on corrupt deflate data.
 */
export async function readZipEntry(bytes: Uint8Array, entry: ZipEntry, limit: number): Promise<Uint8Array | null | 'broken'> {
  const at = entry.offset;
  if (at + 30 > bytes.length || u32(bytes, at) !== 0x04034b50 || entry.flags & 1) return 'broken';
  const start = at + 30 + u16(bytes, at + 26) + u16(bytes, at + 28);
  const packed = bytes.subarray(start, start + entry.packed);
  if (entry.method === 0) return packed.length > limit ? null : packed.slice();
  if (entry.method === 8) return inflate(packed, 'deflate-raw', limit);
  return 'broken';
}

const tooBig = (file: string, limit: number) => msg('file.unpackedTooBig', { file, limit });

/**
 * The data file in `bytes`: a gzip's content, a zip's `member` (or its first data file), or the bytes themselves
 * when they are not compressed. An Excel workbook (a zip too) is given back as it is, for the loader to name.
 */
export async function openArchive(file: string, bytes: Uint8Array, member?: string, limit = MAX_UNPACKED_BYTES): Promise<Opened> {
  try {
    if (isGzip(bytes)) {
      const out = await inflate(bytes, 'gzip', limit);
      return out ? { ok: true, name: file.replace(/\.gz$/i, ''), bytes: out, others: [] } : { ok: false, problem: tooBig(file, limit) };
    }
    if (!isZip(bytes)) return { ok: true, name: file, bytes, others: [] };
    const list = zipEntries(bytes);
    // A workbook, or a zip too broken to list: given back, for the loader to say what it is and what to do.
    if (!list || list.some((e) => e.name === 'xl/workbook.xml')) return { ok: true, name: file, bytes, others: [] };
    const data = list.filter((e) => DATA_FILE.test(e.name) && !e.name.startsWith('__MACOSX/') && !e.name.endsWith('/'));
    if (data.length === 0) return { ok: false, problem: msg('file.zipNoCsv', { file, names: list.slice(0, 5).map((e) => e.name) }) };
    const chosen = member === undefined ? data[0] : data.find((e) => e.name === member);
    if (!chosen) return { ok: false, problem: msg('file.zipNoMember', { file, member: member ?? '' }) };
    if (chosen.flags & 1) return { ok: false, problem: msg('file.zipEncrypted', { file, member: chosen.name }) };
    if (chosen.size > limit) return { ok: false, problem: tooBig(`${file}: ${chosen.name}`, limit) };
    const at = chosen.offset;
    if (u32(bytes, at) !== 0x04034b50) return { ok: false, problem: msg('file.zipBroken', { file }) };
    const start = at + 30 + u16(bytes, at + 26) + u16(bytes, at + 28);
    const packed = bytes.subarray(start, start + chosen.packed);
    let out: Uint8Array | null;
    if (chosen.method === 0) out = packed.slice();
    else if (chosen.method === 8) out = await inflate(packed, 'deflate-raw', limit);
    else return { ok: false, problem: msg('file.zipMethod', { file, member: chosen.name, method: chosen.method }) };
    if (!out) return { ok: false, problem: tooBig(`${file}: ${chosen.name}`, limit) };
    const others = member === undefined ? data.slice(1).map((e) => e.name) : [];
    return { ok: true, name: data.length > 1 ? `${file}: ${chosen.name}` : chosen.name, bytes: out, member: chosen.name, others };
  } catch {
    return { ok: false, problem: msg('file.zipBroken', { file }) };
  }
}

/** A Parquet file starts (and ends) with the magic bytes `PAR1`. */
export const isParquet = (b: Uint8Array) => b.length >= 12 && b[0] === 0x50 && b[1] === 0x41 && b[2] === 0x52 && b[3] === 0x31;

/**
 * True when a file starts like a gzip, a zip (an .xlsx workbook is one) or a Parquet file: it is opened whole
 * (openFile) before it is read; text files stream.
 */
export async function looksArchived(source: ByteSource): Promise<boolean> {
  const b = await source.read(0, Math.min(source.size, 12));
  return (b[0] === 0x1f && b[1] === 0x8b) || (b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04) || isParquet(b);
}
