// A model that does not apply to the data: the reason in English and as a Msg for the UI's languages.
import { english, msg, type Msg, type MsgParams } from '../messages';
import type { attributionMessages } from './messages';

type Key = keyof typeof attributionMessages;
/** A sentence of the attribution engine. */
export type AttributionMsg = Extract<Msg, { key: Key }>;

export interface Unavailable { ok: false; reason: string; reasonMsg: AttributionMsg }

export function unavailable<K extends Key>(key: K, params: MsgParams<K>): Unavailable {
  const m = msg(key, params) as AttributionMsg;
  return { ok: false, reason: english(m), reasonMsg: m };
}
