// Text -> RawTable, for text already in memory (tests, small inputs): the same reader as a file's parts
// (ingest/rows.ts through ingest/part.ts), fed the text in chunks, and the same join (ingest/merge.ts).
// Typing happens later, per column, from many values.
import type { Delimiter, FileProblem } from '../types';
import { RowSink } from './rows';
import { parseChunks } from './part';
import { mergeParts, type TableResult } from './merge';

export interface TableOptions {
  delimiter: Delimiter;
  /** 0-based line index of the header line (from sniffDialect). */
  headerLine: number;
  /** 0-based indexes of non-blank lines above the header, reported as skipped preamble. */
  preambleLines?: readonly number[];
  /** Characters per papaparse chunk. 1 MiB keeps one chunk near 15 ms in a worker, so Cancel answers fast. */
  chunkSize?: number;
  /** Called after every chunk with the share of the text read and the rows kept so far. */
  onProgress?: (fraction: number, rows: number) => void;
  /** Awaited between chunks: the worker passes a macrotask yield so a Cancel message can be handled. */
  pauseBetweenChunks?: () => Promise<void>;
  /** Checked between chunks; true stops the parse with a 'cancelled' problem. */
  isCancelled?: () => boolean;
}

export type { TableResult };

/** Offset of the first character of line `line` (0-based); lines end with \n after normalisation. */
export function lineOffset(text: string, line: number): number {
  let at = 0;
  for (let i = 0; i < line; i++) {
    const next = text.indexOf('\n', at);
    if (next < 0) return text.length;
    at = next + 1;
  }
  return at;
}

/**
 * Parses delimited text into a RawTable, or returns a FileProblem when the file cannot be read as a table.
 * `name` is the file name used in messages.
 */
export async function parseTable(name: string, input: string, options: TableOptions): Promise<TableResult | FileProblem> {
  // Mixed or CR-only line endings: one form for papaparse, which is told the newline is '\n'.
  const text = input.includes('\r') ? input.replace(/\r\n?/g, '\n') : input;
  const start = lineOffset(text, options.headerLine);
  const size = options.chunkSize ?? 1 << 20;
  let at = start;
  const next = async () => {
    if (at >= text.length) return null;
    const chunk = text.slice(at, at + size);
    at += chunk.length;
    return chunk;
  };
  const sink = new RowSink(null);
  const part = await parseChunks(next, sink, options.delimiter, {
    pause: options.pauseBetweenChunks,
    isCancelled: options.isCancelled,
    afterChunk: () => options.onProgress?.(Math.min(1, (at - start) / Math.max(1, text.length - start)), sink.kept),
  });
  return mergeParts([part], {
    name, delimiter: options.delimiter, headerRow: options.headerLine + 1, preambleLines: options.preambleLines ?? [], nonBlankBefore: /\S/.test(text.slice(0, start)),
  });
}
