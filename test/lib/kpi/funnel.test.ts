import { describe, expect, it } from 'vitest';
import { contactsOf, stepOfStage } from '../../../src/lib/kpi/contacts';
import { funnel } from '../../../src/lib/kpi/funnel';
import { day, funnelSet, pathSet } from './fixtures';

const byStage = { mqlRule: { by: 'stage', stage: 'MQL' } } as const;
const byTypes = { mqlRule: { by: 'touch_types', types: ['webinar', 'download'] } } as const;

describe('stepOfStage()', () => {
  it.each([
    ['Lead', 0], ['liidi', 0], ['MarketingQualifiedLead', 1], ['Sales qualified lead', 2], ['mahdollisuus', 3],
    ['Closed Won', 4], ['subscriber', -1], ['something else', undefined],
  ] as const)('reads %s as step %s', (stage, step) => {
    expect(stepOfStage(stage)).toBe(step);
  });

  it('lets the user name their own stages', () => {
    expect(stepOfStage('Hot prospect', { 'hot prospect': 'mql' })).toBe(1);
  });
});

describe('contactsOf()', () => {
  it('finds each contact\'s lead source, highest step and the times it became a lead, an MQL and won', () => {
    const contacts = contactsOf(funnelSet(), byStage);
    const view = Object.fromEntries(contacts.map((c) => [c.id, [c.channel, c.step, c.mql, c.won, c.leadTime, c.mqlTime, c.wonTime]]));
    expect(view).toEqual({
      A: ['LinkedIn', 4, true, 1, day(0, 2), day(0, 5), day(1, 3)],
      B: ['LinkedIn', 1, true, 0, day(0, 3), day(0, 8), undefined],
      C: ['Google', 0, false, 0, day(0, 4), undefined, undefined],
      // Became a lead at its second touch; an MQL by reaching SQL.
      D: ['Google', 2, true, 0, day(1, 2), day(1, 10), undefined],
      E: ['Organic', -1, false, 0, undefined, undefined, undefined],
    });
  });

  it('applies a touch-type MQL rule: webinar and download touches qualify', () => {
    const mql = Object.fromEntries(contactsOf(funnelSet(), byTypes).map((c) => [c.id, [c.mql, c.qualified, c.mqlTime]]));
    expect(mql).toEqual({
      A: [true, true, day(0, 5)],
      B: [false, false, undefined],
      C: [true, true, day(0, 4)],
      D: [true, false, day(1, 10)],
      E: [false, false, undefined],
    });
  });

  it('weighs a path-table row by its journeys: 3 + 5 leads, 3 won', () => {
    expect(contactsOf(pathSet(), byStage)).toMatchObject([{ channel: 'LinkedIn', weight: 8, won: 3, step: 4 }]);
  });

  it('does not mutate the journeys', () => {
    const set = funnelSet();
    const before = JSON.stringify(set);
    contactsOf(set, byTypes);
    expect(JSON.stringify(set)).toBe(before);
  });
});

describe('funnel()', () => {
  it('counts lead -> MQL -> SQL -> opportunity -> won with stage-to-stage conversion and drop-off', () => {
    const f = funnel(contactsOf(funnelSet(), byStage));
    // Leads A B C D; MQLs A B D; SQL A D; opportunity A; won A.
    expect(f.known).toEqual([true, true, true, true, true]);
    expect(f.total).toEqual({ counts: [4, 3, 2, 1, 1], conversion: [3 / 4, 2 / 3, 1 / 2, 1], dropOff: [1, 1, 1, 0] });
    expect(f.byChannel).toEqual({
      Google: { counts: [2, 1, 1, 0, 0], conversion: [1 / 2, 1, 0, null], dropOff: [1, 0, 1, 0] },
      LinkedIn: { counts: [2, 2, 1, 1, 1], conversion: [1, 1 / 2, 1, 1], dropOff: [0, 1, 0, 0] },
    });
  });

  it('skips steps the data does not name: a path table goes from lead straight to won', () => {
    const f = funnel(contactsOf(pathSet(), byStage));
    expect(f.known).toEqual([true, false, false, false, true]);
    // 3 of 8 journeys converted.
    expect(f.total).toEqual({ counts: [8, null, null, null, 3], conversion: [3 / 8, null, null, null], dropOff: [5, null, null, null] });
  });
});
