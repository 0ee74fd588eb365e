// Engine sentences as data. Each sentence has a key and its parameters (a Msg); the English text is rendered
// from the same template table, so the English strings the CLI prints and the keys the UI translates never drift.
// The UI renders a Msg through its own table per language (src/ui/i18n/engine/).
import { experimentMessages } from './experiments/messages';
import { ingestMessages } from './ingest/messages';
import { kpiMessages } from './kpi/messages';
import { budgetMessages } from './budget/messages';
import { attributionMessages } from './attribution/messages';

const EN = { ...experimentMessages, ...ingestMessages, ...kpiMessages, ...budgetMessages, ...attributionMessages };

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

/** The English sentence of a Msg: exactly what the engine's string fields hold. */
export function english(m: Msg): string {
  const template = EN[m.key] as (p: unknown) => string;
  if (!template) throw new Error(`unknown message key: ${m.key}`);
  return template(m.params);
}

/** The Msg and its English text, for fields that carry both. */
export function said<K extends MsgKey>(key: K, params: MsgParams<K>): { text: string; msg: Msg } {
  const m = msg(key, params);
  return { text: english(m), msg: m };
}
