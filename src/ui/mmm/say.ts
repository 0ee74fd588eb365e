// Engine sentences of the mix model in the UI's language. They are Msgs once src/lib/mmm/messages.ts is registered in
// src/lib/messages.ts; a key the locale does not know yet is said in the engine's English.
import { locale } from '../i18n/locale.svelte';
import { mmmEnglish, type MmmMsg } from '../../lib/mmm/messages';
import type { Msg } from '../../lib/messages';

export function sayMmm(m: MmmMsg | Msg): string {
  try {
    const text = locale.say(m as Msg);
    if (typeof text === 'string') return text;
  } catch {
    // not registered yet: English below
  }
  return mmmEnglish(m as MmmMsg);
}

/** ms UTC of an ISO week's Monday (yyyy-mm-dd). */
export const weekMs = (week: string): number => Date.parse(`${week}T00:00:00Z`);
