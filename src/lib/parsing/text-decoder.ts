/**
 * Typed access to the WHATWG TextDecoder. The engine compiles with lib ES2022 only, which has no TextDecoder
 * type, yet every runtime we target (browsers, workers, Node >= 11) has the class. A global ambient declaration
 * would clash with the DOM/WebWorker lib declarations of the app and worker tsconfigs, so we reach it through
 * `globalThis` with a local type instead.
 */

/** The part of TextDecoder the engine uses. */
export interface TextDecoderLike {
  /** With `stream: true`, a sequence cut at the end of `input` is kept for the next call (files read in slices). */
  decode(input?: Uint8Array | Uint16Array, options?: { stream?: boolean }): string;
}

/** Options of the TextDecoder constructor that the engine uses. */
export interface TextDecoderOptions {
  /** Throw a TypeError on invalid bytes instead of inserting U+FFFD. */
  fatal?: boolean;
  /** Keep a leading BOM in the output (we strip U+FEFF ourselves so every encoding behaves the same). */
  ignoreBOM?: boolean;
}

type TextDecoderCtor = new (label: string, options?: TextDecoderOptions) => TextDecoderLike;

/** Creates a TextDecoder for `label`; throws when the runtime has none. */
export function textDecoder(label: string, options?: TextDecoderOptions): TextDecoderLike {
  const ctor = (globalThis as unknown as { TextDecoder?: TextDecoderCtor }).TextDecoder;
  if (!ctor) throw new Error('textDecoder(): this runtime has no TextDecoder; Mittari needs a browser, a worker or Node 11+');
  return new ctor(label, options);
}
