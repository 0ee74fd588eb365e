// One colour per channel wherever channels are the series of a chart (budget curves, the mix model's contributions):
// the channels of the loaded files in their load order, each keeping its colour across views and exports. Names
// match as the engine matches them ("LinkedIn Ads" = "linkedin-ads"). Channels never seen take the next free colour.
import { channelKey } from '../../lib/attribution/cost';
import { PALETTE, seriesColor } from './palette';

class ChannelColours {
  #order = $state.raw<string[]>([]);
  /** Channels asked for that no file named (e.g. a mix table's spend column headers): after the files' channels. */
  #extra: string[] = [];

  /** The channels of the loaded files, in load order; duplicates and case or punctuation differences are one channel. */
  set channels(names: readonly string[]) {
    const seen = new Set<string>();
    const order: string[] = [];
    for (const n of names) {
      const k = channelKey(n);
      if (!seen.has(k)) (seen.add(k), order.push(k));
    }
    this.#order = order;
    this.#extra = this.#extra.filter((k) => !seen.has(k));
  }

  /** The colour index of a channel: its place among the loaded channels. */
  index(name: string): number {
    const k = channelKey(name);
    const i = this.#order.indexOf(k);
    if (i >= 0) return i;
    let j = this.#extra.indexOf(k);
    if (j < 0) j = this.#extra.push(k) - 1;
    return this.#order.length + j;
  }

  /** The CSS colour of a channel (the palette repeats after its eight colours). */
  color(name: string): string {
    return seriesColor(this.index(name) % PALETTE.length);
  }
}

export const channelColours = new ChannelColours();
