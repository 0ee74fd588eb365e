// Any file as the CSV pipeline reads it: a .csv.gz or a zip's CSV file decompressed, an .xlsx sheet or a Parquet
// file written as CSV, recognised by their first bytes whatever they are called. Text files are not opened here:
// they stream (loadSource).
import type { Msg } from '../messages';
import { isParquet, isZip, openArchive } from '../parsing/archive';
import { isWorkbook, readWorkbook } from '../parsing/xlsx';
import { readParquet } from '../parsing/parquet';
import { bytesSource } from './source';
import { looksArchived } from '../parsing/archive';
import { loadSource, type FileOrigin, type LoadOptions, type LoadResult } from './load';
import { fileProblem } from './problem';

export type OpenedFile =
  | {
      ok: true; name: string; bytes: Uint8Array;
      /** The zip member, or the workbook's sheet, read. */
      member?: string;
      /** A zip's other CSV files, when none was asked for. */
      others: string[];
      origin?: FileOrigin;
      /** A workbook's or Parquet file's own size: what the data view shows, not its CSV's. */
      fileBytes?: number;
      warnings: Msg[];
    }
  | { ok: false; problem: Msg };

/** Opens an archive, a workbook (`member`: the sheet; the first when absent) or a Parquet file held whole. */
export async function openFile(file: string, bytes: Uint8Array, member?: string): Promise<OpenedFile> {
  if (isParquet(bytes)) {
    const read = await readParquet(file, bytes);
    return read.ok ? { ok: true, name: file, bytes: read.csv, others: [], origin: { format: 'parquet' }, fileBytes: bytes.length, warnings: [] } : read;
  }
  if (isZip(bytes) && isWorkbook(bytes)) {
    const read = await readWorkbook(file, bytes, member);
    if (!read.ok) return read;
    return { ok: true, name: read.name, bytes: read.csv, member: read.sheet, others: [], origin: { format: 'xlsx', sheet: read.sheet, sheets: read.sheets }, fileBytes: bytes.length, warnings: read.warnings };
  }
  const opened = await openArchive(file, bytes, member);
  return opened.ok ? { ...opened, warnings: [] } : opened;
}

/**
 * Loads an opened file: a workbook's or Parquet file's CSV is comma-separated UTF-8 whatever the options say
 * (it was written so), and carries where it came from and its sentences.
 */
export async function loadOpened(opened: Extract<OpenedFile, { ok: true }>, options: LoadOptions): Promise<LoadResult> {
  const written = opened.origin ? { encoding: 'utf-8' as const, delimiter: ',' as const } : {};
  const result = await loadSource(opened.name, bytesSource(opened.bytes), { ...options, ...written });
  if (!result.ok || (!opened.origin && opened.warnings.length === 0)) return result;
  const { dataset } = result;
  const warnings = [...opened.warnings, ...dataset.summary.warnings];
  const fileWarnings = [...opened.warnings, ...dataset.fileWarnings];
  return { ok: true, dataset: { ...dataset, fileWarnings, summary: { ...dataset.summary, warnings, origin: opened.origin, bytes: opened.fileBytes ?? dataset.summary.bytes } } };
}

/** A problem opening a file, as a load problem. */
export const openProblem = (problem: Msg) => fileProblem('archive', problem);

/** Loads a file held in memory as the app and the command line do: opened first when it is an archive, a workbook or Parquet. */
export async function loadAny(file: string, bytes: Uint8Array, options: LoadOptions = {}): Promise<LoadResult> {
  if (!(await looksArchived(bytesSource(bytes)))) return loadSource(file, bytesSource(bytes), options);
  const opened = await openFile(file, bytes);
  return opened.ok ? loadOpened(opened, options) : { ok: false, problem: openProblem(opened.problem) };
}
