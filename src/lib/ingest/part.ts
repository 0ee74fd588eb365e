// One part of a file -> PartResult: its bytes read slice by slice, decoded (ingest/text-chunks.ts) and handed to
// papaparse as a stream, so neither the part's bytes nor its text are ever held whole. papaparse keeps a record
// cut at a slice's edge (a quoted cell with a line break included) and parses it with the next slice, exactly as
// it does with the chunks of one string. The first part of a file is the whole file on one core; the parallel
// parse (ingest/load.ts) gives each worker one part, cut at a line break outside quotes.
import Papa from 'papaparse';
import type { Delimiter, Encoding } from '../types';
import { RowSink, type PartResult } from './rows';
import { SLICE_BYTES, type ByteSource } from './source';
import { NotUtf8Error, TextChunks } from './text-chunks';
import { addStage, timed } from '../util/stages';
import { LineLengths } from './line-lengths';

export type { PartResult };

/** One part of a file to read: bytes [start, end), how to decode them, and how to split them. */
export interface PartJob {
  start: number;
  end: number;
  encoding: Encoding;
  /** Strict UTF-8: bytes that are not UTF-8 make the part answer `notUtf8` (the file is then Windows-1252). */
  strict: boolean;
  delimiter: Delimiter;
  /** The file's header record for a part after the first; null when the part starts with the header. */
  header: string[] | null;
  /** Bytes per slice (tests make it small to cut records and characters at every place). */
  sliceBytes?: number;
  /** The file was cut into parts: this part lies between line breaks, so even an empty one is one (empty) line. */
  cut?: boolean;
  /**
   * The longest line allowed, in bytes, checked on the bytes as they are read (the part starts at a line start):
   * a longer one throws LongLineError. Set for a file read in one part, which then needs no scan before it.
   */
  lineLimit?: number;
}

/** Thrown by parsePart() at a line over the job's lineLimit; the loader then scans the file to name the line. */
export class LongLineError extends Error {}

export interface PartHooks {
  /** After every slice: bytes of the part read, rows kept so far. */
  onProgress?: (bytes: number, rows: number) => void;
  /** Awaited between slices: the worker passes a macrotask yield so a Cancel message can be handled. */
  pause?: () => Promise<void>;
  /** Checked between slices; true stops the part with a `cancelled` problem. */
  isCancelled?: () => boolean;
}

/** Characters handed to papaparse at a time (see parseChunks). */
const PIECE = 1 << 16;

/** A part that turned out not to be UTF-8. */
export interface NotUtf8 { notUtf8: true }

/**
 * Feeds text chunks to papaparse as the Node-style readable stream it accepts (`readable`, `read`, `on`): papaparse
 * then joins a record cut between chunks itself. `next()` gives the next chunk, null at the end; `afterChunk` is
 * called once a chunk's rows are in the sink.
 */
export async function parseChunks(next: () => Promise<string | null>, sink: RowSink, delimiter: Delimiter,
  hooks: Omit<PartHooks, 'onProgress'> & { afterChunk?: () => void; emptyIsRecord?: boolean } = {}): Promise<PartResult> {
  const listeners = new Map<string, (arg?: unknown) => void>();
  const stream = {
    readable: true,
    read() {},
    pause() {},
    resume() {},
    on(event: string, fn: (arg?: unknown) => void) {
      listeners.set(event, fn);
    },
    removeListener(event: string) {
      listeners.delete(event);
    },
  };
  let problem: PartResult['problem'] = null;
  let done = false;
  let thrown: unknown = null;
  let endsWithBreak = false;
  let fed = false;
  Papa.parse<string[], Papa.LocalFile>(stream as unknown as Papa.LocalFile, {
    delimiter,
    newline: '\n',
    quoteChar: '"',
    skipEmptyLines: false,
    chunk(results: Papa.ParseResult<string[]>, parser: Papa.Parser) {
      const base = sink.records;
      const missing = results.errors.find((e) => e.code === 'MissingQuotes');
      timed('  of which dictionary-encode (RowSink.push)', () => sink.push(results.data));
      if (missing && !sink.ended) {
        problem = { code: 'unclosed', row: base + (missing.row ?? 0) };
        done = true;
        parser.abort();
      }
    },
    complete: () => {
      done = true;
    },
    // papaparse catches what a chunk callback throws and hands it here; it is a bug, so it is thrown again below.
    error: (error: Error) => {
      thrown = error;
      done = true;
    },
  });
  const emit = (event: string, arg?: unknown) => listeners.get(event)?.(arg);
  while (!done) {
    const chunk = await next();
    if (chunk === null) {
      emit('end');
      // A text that ends with a line break ends with one empty record when papaparse reads it as one string; read as
      // a stream, what is left after that break is an empty text, which it reads as no record. The record matters
      // where a part is followed by another: it is a blank line of the file.
      if (endsWithBreak && !problem && !thrown) sink.push([['']]);
      // Likewise a part whose text is empty (a line of nothing but BOMs) between two cuts is one empty line.
      else if (!fed && hooks.emptyIsRecord) sink.push([['']]);
      break;
    }
    if (chunk.length > 0) {
      endsWithBreak = chunk.charCodeAt(chunk.length - 1) === 10;
      fed = true;
    }
    if (!sink.mayHoldNul && chunk.includes('\0')) sink.mayHoldNul = true;
    if (!sink.nonBlank && /\S/.test(chunk)) sink.nonBlank = true;
    // papaparse gets the text in small pieces: the rows of one piece die young, before a scavenge has to copy them.
    // On the 1M-row bench file, 64 Ki characters took 0.3–0.9 s less CPU than 1 MiB pieces (over a quarter of the
    // parse was the garbage collector's).
    for (let at = 0; at < chunk.length && !done; at += PIECE) emit('data', at === 0 && chunk.length <= PIECE ? chunk : chunk.slice(at, at + PIECE));
    if (thrown) throw thrown;
    hooks.afterChunk?.();
    if (done) break;
    if (hooks.isCancelled?.()) return sink.finish({ code: 'cancelled' });
    if (hooks.pause) {
      await hooks.pause();
      if (hooks.isCancelled?.()) return sink.finish({ code: 'cancelled' });
    }
  }
  if (thrown) throw thrown;
  return sink.finish(problem);
}

/** Reads one part of a file. */
export async function parsePart(source: ByteSource, job: PartJob, hooks: PartHooks = {}): Promise<PartResult | NotUtf8> {
  const text = new TextChunks(job.encoding, job.strict);
  const sink = new RowSink(job.header);
  const slice = job.sliceBytes ?? SLICE_BYTES;
  let at = job.start;
  let ended = false;
  const limit = job.lineLimit;
  const lines = limit === undefined ? null : new LineLengths(limit);
  const next = async (): Promise<string | null> => {
    if (ended) return null;
    if (at >= job.end) {
      ended = true;
      if (lines?.end()) throw new LongLineError('line too long');
      return text.end();
    }
    const to = Math.min(job.end, at + slice);
    const t = performance.now();
    const bytes = await source.read(at, to);
    addStage('  of which read', performance.now() - t);
    // Before the bytes are decoded: papaparse never holds more of a long line than the limit and a slice.
    if (lines && (lines.push(bytes) || lines.pending > (limit as number))) throw new LongLineError('line too long');
    at = to;
    return timed('  of which decode', () => text.push(bytes));
  };
  const afterChunk = hooks.onProgress && (() => hooks.onProgress?.(at - job.start, sink.kept));
  try {
    return await parseChunks(next, sink, job.delimiter, { pause: hooks.pause, isCancelled: hooks.isCancelled, afterChunk, emptyIsRecord: job.cut });
  } catch (error) {
    if (error instanceof NotUtf8Error) return { notUtf8: true };
    throw error;
  }
}
