// A model that does not apply to the data, and why (a sentence of ./messages.ts).
import { msg, type MsgParams } from '../messages';
import type { AttributionMsg, attributionMessages } from './messages';

export interface Unavailable { ok: false; reason: AttributionMsg }

export function unavailable<K extends keyof typeof attributionMessages>(key: K, params: MsgParams<K>): Unavailable {
  return { ok: false, reason: msg(key, params) as AttributionMsg };
}
