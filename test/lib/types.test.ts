import { describe, expect, it } from 'vitest';
import { DATASET_KINDS, isJourneyKind, type DatasetData } from '../../src/lib/types';

describe('isJourneyKind()', () => {
  it('is true for touchpoint files and path tables only, given a kind or a dataset', () => {
    expect(DATASET_KINDS.filter((k) => isJourneyKind(k))).toEqual(['touchpoints', 'paths']);
    const spend: DatasetData = { kind: 'spend', rows: [] };
    const paths: DatasetData = { kind: 'paths', journeys: { channels: [], types: [], stages: [], campaigns: [], journeys: [], timed: false,
      touches: { channel: new Int32Array(), time: new Float64Array(), type: new Int32Array(), stage: new Int32Array(), campaign: new Int32Array() } } };
    expect([isJourneyKind(spend), isJourneyKind(paths)]).toEqual([false, true]);
    // Narrowed: the journeys are in reach without a cast.
    if (isJourneyKind(paths)) expect(paths.journeys.channels).toEqual([]);
  });
});
