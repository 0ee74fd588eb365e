// loadBytes() as it was before issue 17: the whole file decoded to one string, then one papaparse pass over it
// (reference/table.ts). The streamed and parallel loads must give what this gives, to the last field.
import { decode, sniffBinary, sniffUtf32 } from '../../../../src/lib/parsing/decode';
import { headerFields, sniffDialect } from '../../../../src/lib/parsing/sniff';
import { finishLoad, type LoadOptions, type LoadResult } from '../../../../src/lib/ingest/load';
import { fileProblem } from '../../../../src/lib/ingest/problem';
import { MAX_COLUMNS, MAX_LINE_BYTES, overlongLine } from '../../../../src/lib/ingest/limits';
import { msg } from '../../../../src/lib/messages';
import { parseTable } from './table';

export async function referenceLoad(file: string, bytes: Uint8Array, options: LoadOptions = {}): Promise<LoadResult> {
  if (bytes.length === 0) return { ok: false, problem: fileProblem('empty', msg('file.empty', { file })) };
  const utf32 = options.encoding ? null : sniffUtf32(bytes);
  if (utf32) return { ok: false, problem: fileProblem('unsupported_encoding', msg('file.utf32', { file, order: utf32 })) };
  const binary = sniffBinary(bytes);
  if (binary) return { ok: false, problem: fileProblem('binary', msg('file.binary', { file, what: binary })) };
  const long = overlongLine(bytes);
  if (long) return { ok: false, problem: fileProblem('line_too_long', msg('file.lineTooLong', { file, ...long, limit: MAX_LINE_BYTES })) };
  const decoded = decode(bytes, options.encoding);
  const dialect = sniffDialect(decoded.text, options.delimiter);
  const delimiter = dialect.delimiter;
  const columns = headerFields(decoded.text, dialect.headerLine, delimiter);
  if (columns > MAX_COLUMNS) return { ok: false, problem: fileProblem('too_many_columns', msg('file.tooManyColumns', { file, columns, limit: MAX_COLUMNS })) };
  const parsed = await parseTable(file, decoded.text, { delimiter, headerLine: dialect.headerLine, preambleLines: dialect.preambleLines });
  if ('code' in parsed) return { ok: false, problem: parsed };
  return finishLoad(file, bytes.length, decoded, delimiter, parsed, options);
}
