// Rune state of the attribution view's cost table: the spend that goes with the chosen journeys, over their dates,
// from the worker. It asks again by itself when the journeys, a spend file or the result's channels change.
import type { SpendForJourneys } from '../../lib/attribution/spend-for';
import type { Engine } from '../../worker/client';
import { locale } from '../i18n/locale.svelte';
import { ViewState, moneyCode, versioned, type ViewOptions } from './view.svelte';

/** What the cost table needs from the attribution view. */
export interface JourneysSource {
  readonly datasetId: string | null;
  readonly outcome: { channels: string[] } | null;
}

export class SpendState extends ViewState<SpendForJourneys | null> {
  readonly #journeys: JourneysSource;

  constructor(options: ViewOptions, journeys: JourneysSource) {
    super(options);
    this.#journeys = journeys;
  }

  protected get dataKey(): string | null {
    const id = this.#journeys?.datasetId ?? null, result = this.#journeys?.outcome ?? null;
    const spends = this.data.datasets.filter((d) => d.kind === 'spend' && !d.mappingProblem);
    if (id === null || result === null || spends.length === 0) return null;
    return [versioned(this.data, id), ...spends.map((d) => versioned(this.data, d.id)), ...result.channels].join('\u0000');
  }

  /** The currency of the spend file used: the one it states, else the workspace's. */
  get currency(): string {
    const id = this.outcome?.id;
    return moneyCode(this.data.datasets.find((d) => d.id === id));
  }

  protected compute(engine: Engine): Promise<SpendForJourneys | null> {
    return engine.spendFor(this.#journeys.datasetId as string, [...(this.#journeys.outcome?.channels ?? [])]);
  }

  protected failed(message: string): string {
    return locale.t.status.attributionFailed(message);
  }
}
