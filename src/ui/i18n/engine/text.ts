// Engine sentences (Msg, lib/messages.ts) in the UI's languages: English from the engine's own templates, Finnish
// from the tables beside this file. A missing Finnish key is a type error here and fails test/ui/engine-fi.test.ts.
import { english, type Msg, type MsgKey } from '../../../lib/messages';
import type { Lang } from '../lang';
import { budgetFi } from './budget';
import { experimentsFi } from './experiments';
import { ingestFi } from './ingest';
import { kpiFi } from './kpi';
import { attributionFi } from './attribution';
import { mmmFi } from './mmm';

export const ENGINE_FI = { ...experimentsFi, ...ingestFi, ...kpiFi, ...budgetFi, ...attributionFi, ...mmmFi };

// Every key, and no other: the spread of the four typed tables must cover MsgKey exactly.
const _complete: Record<MsgKey, unknown> = ENGINE_FI;
void _complete;

/** One language's way to say a Msg. */
const SAY: Record<Lang, (m: Msg) => string> = {
  en: english,
  fi: (m) => (ENGINE_FI[m.key] as (p: unknown) => string)(m.params),
};

/** The sentence of a Msg in `lang`. */
export function engineText(m: Msg, lang: Lang): string {
  return SAY[lang](m);
}
