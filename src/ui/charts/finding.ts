// A Figure's finding from an engine sentence: the Figure asks for it when a slide is made, so the sentence is said
// in the language of that moment. Null (nothing clear to say) leaves the slide without one.
import type { Msg } from '../../lib/messages';
import { locale } from '../i18n/locale.svelte';

export const finding = (make: () => Msg | null | undefined) => (): string | undefined => {
  const m = make();
  return m ? locale.say(m) : undefined;
};
