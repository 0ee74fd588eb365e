// A .parquet file (a BigQuery or Snowflake export to cloud storage) read with hyparquet, one row group at a time,
// into CSV bytes for the CSV pipeline: dates and timestamps as ISO, 64-bit integers (ids) as their digits, never
// `1.2e+17`. Its size is decided from the footer's metadata (rows × columns, codecs) before a page is read.
import { parquetMetadata, parquetRead, parquetSchema } from 'hyparquet';
import { msg, type Msg } from '../messages';
import { MAX_UNPACKED_BYTES } from './archive';
import { CsvBytes } from './csv-bytes';
import { MAX_COLUMNS } from '../ingest/limits';

/**
 * Cells read at most: at about 10 bytes a cell once written as CSV, 25 million cells fill the 250 MB a tab
 * reads of a decompressed file (MAX_UNPACKED_BYTES).
 */
export const MAX_PARQUET_CELLS = 25_000_000;

/** Codecs hyparquet decodes itself: others (ZSTD, GZIP, BROTLI, LZ4) would need extra decompressors. */
const CODECS = new Set(['UNCOMPRESSED', 'SNAPPY']);

export type ParquetResult = { ok: true; csv: Uint8Array } | { ok: false; problem: Msg };

const DAY_MS = 86_400_000;

/** A number as text in full: integers beyond 1e21 as digits, small fractions without an exponent. */
function numberText(n: number): string {
  if (!Number.isFinite(n)) return '';
  if (Number.isInteger(n)) return Math.abs(n) < 1e21 ? String(n) : BigInt(n).toString();
  const text = String(n);
  return /e/.test(text) ? n.toFixed(20).replace(/0+$/, '') : text;
}

/** One value as a CSV cell. */
export function cellText(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return v;
  if (typeof v === 'bigint') return v.toString();
  if (typeof v === 'number') return numberText(v);
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  if (v instanceof Date) {
    const ms = v.getTime();
    if (Number.isNaN(ms)) return '';
    const iso = v.toISOString();
    return ms % DAY_MS === 0 ? iso.slice(0, 10) : iso.endsWith('.000Z') ? iso.slice(0, 19) : iso.slice(0, 23);
  }
  if (v instanceof Uint8Array) return new TextDecoder().decode(v);
  // Lists and structs: as JSON, with 64-bit integers as digits.
  return JSON.stringify(v, (_, x: unknown) => (typeof x === 'bigint' ? x.toString() : x));
}

/** Reads a Parquet file whole into CSV bytes, or says why not. */
export async function readParquet(file: string, bytes: Uint8Array, limit = MAX_UNPACKED_BYTES): Promise<ParquetResult> {
  const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  let metadata: ReturnType<typeof parquetMetadata>;
  try {
    metadata = parquetMetadata(buffer);
  } catch (e) {
    return { ok: false, problem: msg('file.parquetBroken', { file, reason: e instanceof Error ? e.message : String(e) }) };
  }
  const header = parquetSchema(metadata).children.map((c) => c.element.name);
  const rows = Number(metadata.num_rows);
  if (header.length > MAX_COLUMNS) return { ok: false, problem: msg('file.tooManyColumns', { file, columns: header.length, limit: MAX_COLUMNS }) };
  if (rows * header.length > MAX_PARQUET_CELLS) {
    return { ok: false, problem: msg('file.parquetTooBig', { file, rows, columns: header.length, limit: MAX_PARQUET_CELLS }) };
  }
  for (const group of metadata.row_groups) {
    for (const chunk of group.columns) {
      const codec = chunk.meta_data?.codec;
      if (codec && !CODECS.has(codec)) return { ok: false, problem: msg('file.parquetCodec', { file, codec, column: (chunk.meta_data?.path_in_schema ?? []).join('.') }) };
    }
  }
  const out = new CsvBytes(limit);
  out.push(header);
  try {
    let start = 0;
    // One row group at a time: only its values are held as JavaScript values, never the whole table.
    for (const group of metadata.row_groups) {
      const end = start + Number(group.num_rows);
      let groupRows: unknown[][] = [];
      await parquetRead({ file: buffer, metadata, rowStart: start, rowEnd: end, rowFormat: 'array', onComplete: (r) => { groupRows = r; } });
      for (const row of groupRows) if (!out.push(row.map(cellText))) break;
      if (out.full) break;
      start = end;
    }
  } catch (e) {
    return { ok: false, problem: msg('file.parquetBroken', { file, reason: e instanceof Error ? e.message : String(e) }) };
  }
  const csv = out.bytes();
  return csv ? { ok: true, csv } : { ok: false, problem: msg('file.unpackedTooBig', { file, limit }) };
}
