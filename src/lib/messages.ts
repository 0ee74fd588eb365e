// Engine sentences as data. Each sentence has a key and its parameters (a Msg), and the engine returns only Msgs.
// Text is made at the edges: the command line renders English with english() (src/cli/english.ts), the UI renders
// a Msg through its own table per language (src/ui/i18n/engine/), and both read the same English templates here.
import { experimentMessages } from './experiments/messages';
import { ingestMessages } from './ingest/messages';
import { kpiMessages } from './kpi/messages';
import { budgetMessages } from './budget/messages';
import { attributionMessages } from './attribution/messages';
import { mmmMessages } from './mmm/messages';

const EN = { ...experimentMessages, ...ingestMessages, ...kpiMessages, ...budgetMessages, ...attributionMessages, ...mmmMessages };

type English = typeof EN;
export type MsgKey = keyof English;
export type MsgParams<K extends MsgKey> = Parameters<English[K]>[0];
/** One engine sentence: a key of the template tables and the values it needs. Plain data: crosses postMessage. */
export type Msg = { [K in MsgKey]: { key: K; params: MsgParams<K> } }[MsgKey];

/** A table with one template per key of `T` taking the same parameters: what a translation must provide. */
export type Translation<T extends Record<string, (p: never) => string>> = { [K in keyof T]: (p: Parameters<T[K]>[0]) => string };

/** Every message key, for the parity test of translations. */
export const MESSAGE_KEYS = Object.keys(EN) as MsgKey[];

export function msg<K extends MsgKey>(key: K, params: MsgParams<K>): Msg {
  return { key, params } as Msg;
}

/** The English sentence of a Msg: what the command line prints and the English UI shows. */
export function english(m: Msg): string {
  const template = EN[m.key] as (p: unknown) => string;
  if (!template) throw new Error(`unknown message key: ${m.key}`);
  return template(m.params);
}

/**
 * An error whose message is an engine sentence: for inputs a caller should have checked (with the matching
 * `...Problem()` function, which returns the Msg instead). The text is English because an exception's message is
 * text; `msg` keeps the sentence for callers that show it in another language.
 */
export class MsgError extends RangeError {
  constructor(readonly msg: Msg) {
    super(english(msg));
  }
}
