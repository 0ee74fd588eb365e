import { describe, expect, it } from 'vitest';
import type { ColumnFormat, ColumnRole, DatasetKind } from '../../../src/lib/types';
import {
  detectKind,
  headerKey,
  mappingProblem,
  requiredRoles,
  rolesForKind,
  suggestMapping,
} from '../../../src/lib/schema/detect';
import { english } from '../../../src/lib/messages';

/** mappingProblem()'s sentence in English, or null. */
const checkMapping = (kind: DatasetKind, header: string[], mapping: ColumnRole[]) => {
  const problem = mappingProblem(kind, header, mapping);
  return problem && english(problem);
};

const N: ColumnFormat = { type: 'number', decimal: '.' };
const T: ColumnFormat = { type: 'text' };
const D: ColumnFormat = { type: 'date', dateFormat: 'iso' };
const B: ColumnFormat = { type: 'boolean' };
const _ = 'ignore';

interface Case {
  name: string;
  header: string;
  formats: ColumnFormat[];
  kind: DatasetKind;
  mapping?: ColumnRole[];
}

const split = (h: string) => h.split(h.includes(';') ? ';' : ',');

const CASES: Case[] = [
  {
    name: 'GA4 UI channel report (aggregated, no kind fits)',
    header: 'Session default channel group,Sessions,Engaged sessions,Engagement rate,Average engagement time per session,Events per session,Event count,Key events,Total revenue',
    formats: [T, N, N, N, N, N, N, N, N],
    kind: 'unknown',
  },
  {
    name: 'GA4 BigQuery flattened events',
    header: 'user_pseudo_id,event_timestamp,event_name,source,medium,campaign,session_id,value',
    formats: [T, N, T, T, T, T, N, N],
    kind: 'touchpoints',
    mapping: ['journey_id', 'timestamp', 'event_name', 'source', 'medium', 'campaign', _, 'value'],
  },
  {
    name: 'GA4 BigQuery, minimal',
    header: 'user_pseudo_id,event_timestamp,event_name,source,medium,campaign',
    formats: [T, D, T, T, T, T],
    kind: 'touchpoints',
    mapping: ['journey_id', 'timestamp', 'event_name', 'source', 'medium', 'campaign'],
  },
  {
    name: 'HubSpot deals',
    header: 'Record ID,Deal Name,Last Activity Date,State,Deal Stage,Close Date,Deal owner,Amount,Pipeline',
    formats: [N, T, D, T, T, D, T, N, T],
    kind: 'deals',
    mapping: ['deal_id', _, _, _, 'stage', 'closed', _, 'amount', _],
  },
  {
    name: 'HubSpot contacts (one original source per contact)',
    header: 'Record ID,First Name,Last Name,Email,Phone Number,Company Name,Job Title,Lead Status,Lifecycle Stage,Original Source,Original Source Drill-Down 1,Original Source Drill-Down 2,Contact Owner,Create Date,Last Modified Date',
    formats: [N, T, T, T, T, T, T, T, T, T, T, T, T, D, D],
    kind: 'touchpoints',
    mapping: ['journey_id', _, _, _, _, _, _, _, 'stage', 'channel', 'source', _, _, 'timestamp', _],
  },
  {
    name: 'Pipedrive deals',
    header: 'Deal - ID,Deal - Title,Deal - Value,Deal - Currency of value,Deal - Stage,Deal - Pipeline,Deal - Status,Deal - Deal created,Deal - Won time,Deal - Lost time,Deal - Expected close date,Deal - Owner,Deal - Lost reason,Organization - Name,Person - Name',
    formats: [N, T, N, T, T, T, T, D, D, D, D, T, T, T, T],
    kind: 'deals',
    mapping: ['deal_id', _, 'amount', _, 'stage', _, 'won', 'created', 'closed', _, _, _, _, _, _],
  },
  {
    name: 'Pipedrive deals, Czech export with en dashes',
    header: 'Deal – ID,Deal – Title,Deal – Value,Deal – Stage,Deal – Status,Deal – Deal created,Deal – Won time,Organizace - Název',
    formats: [N, T, N, T, T, D, D, T],
    kind: 'deals',
    mapping: ['deal_id', _, 'amount', 'stage', 'won', 'created', 'closed', _],
  },
  {
    name: 'Google Ads campaign report',
    header: 'Campaign status,Campaign,Campaign ID,Day,Currency code,Cost,Impr.,Clicks,Conversions,Conv. value',
    formats: [T, T, N, D, T, N, N, N, N, N],
    kind: 'spend',
    mapping: [_, 'campaign', _, 'date', _, 'spend', 'impressions', 'clicks', 'conversions', 'value'],
  },
  {
    name: 'Google Ads, four columns',
    header: 'Campaign,Day,Cost,Clicks',
    formats: [T, D, N, N],
    kind: 'spend',
    mapping: ['campaign', 'date', 'spend', 'clicks'],
  },
  {
    name: 'LinkedIn Campaign Manager',
    header: 'Start Date (in UTC),Account Name,Campaign Group Name,Campaign Name,Campaign ID,Campaign Type,Currency,Total Spent,Impressions,Clicks,Conversions,Leads',
    formats: [D, T, T, T, N, T, T, N, N, N, N, N],
    kind: 'spend',
    mapping: ['date', _, _, 'campaign', _, _, _, 'spend', 'impressions', 'clicks', 'conversions', _],
  },
  {
    name: 'Meta Ads Manager',
    header: 'Reporting starts,Reporting ends,Campaign name,Campaign ID,Day,Amount spent (EUR),Impressions,Link clicks,Results',
    formats: [D, D, T, N, D, N, N, N, N],
    kind: 'spend',
    mapping: [_, _, 'campaign', _, 'date', 'spend', 'impressions', 'clicks', 'conversions'],
  },
  {
    name: 'Finnish Google Ads',
    header: 'Kampanja;Päivä;Kustannus;Näyttökerrat;Napsautukset;Konversiot',
    formats: [T, D, N, N, N, N],
    kind: 'spend',
    mapping: ['campaign', 'date', 'spend', 'impressions', 'clicks', 'conversions'],
  },
  {
    name: 'Mittari example spend',
    header: 'week,channel,spend,impressions,clicks',
    formats: [D, T, N, N, N],
    kind: 'spend',
    mapping: ['week', 'channel', 'spend', 'impressions', 'clicks'],
  },
  {
    name: 'ChannelAttribution path table',
    header: 'path;total_conversions;total_conversion_value;total_null',
    formats: [T, N, N, N],
    kind: 'paths',
    mapping: ['path', 'conversions', 'value', 'nulls'],
  },
  {
    name: 'experiment, aggregated, minimal',
    header: 'variant,users,conversions',
    formats: [T, N, N],
    kind: 'experiment',
    mapping: ['variant', 'users', 'conversions'],
  },
  {
    name: 'experiment, aggregated, with metric and sums of squares',
    header: 'variant,metric,visitors,conversions,revenue_sum,revenue_sum_squares,traffic',
    formats: [T, T, N, N, N, N, N],
    kind: 'experiment',
    mapping: ['variant', 'metric', 'users', 'conversions', 'revenue', 'revenue_ss', 'weight'],
  },
  {
    name: 'Mittari example experiment (email subject line)',
    header: 'variant,recipients,conversions,revenue',
    formats: [T, N, N, N],
    kind: 'experiment',
    mapping: ['variant', 'users', 'conversions', 'revenue'],
  },
  {
    name: 'experiment, aggregated, Finnish',
    header: 'Versio;Kävijät;Konversiot;Tulot',
    formats: [T, N, N, N],
    kind: 'experiment',
    mapping: ['variant', 'users', 'conversions', 'revenue'],
  },
  {
    name: 'experiment per user: user_id + variant beats journey_id',
    header: 'user_id,variant,converted',
    formats: [T, T, N],
    kind: 'experiment_users',
    mapping: ['user_id', 'variant', 'converted'],
  },
  {
    name: 'experiment per user, GrowthBook-like with CUPED covariate',
    header: 'anonymous_id,timestamp,variation_id,converted,revenue,pre_revenue',
    formats: [T, D, T, B, N, N],
    kind: 'experiment_users',
    mapping: ['user_id', 'timestamp', 'variant', 'converted', 'revenue', 'pre_value'],
  },
  {
    name: 'experiment per user, Eppo-like',
    header: 'ts_assigned,experiment_name,variant_name,user_id,converted',
    formats: [D, T, T, T, B],
    kind: 'experiment_users',
    mapping: ['timestamp', _, 'variant', 'user_id', 'converted'],
  },
  {
    name: 'Finnish Excel touchpoints',
    header: 'asiakas;aikaleima;kanava;tyyppi;vaihe;kauppa;arvo',
    formats: [T, D, T, T, T, B, N],
    kind: 'touchpoints',
    mapping: ['journey_id', 'timestamp', 'channel', 'touch_type', 'stage', 'conversion', 'value'],
  },
  {
    name: 'Mittari example touchpoints',
    header: 'contact_id,timestamp,channel,touchpoint_type,campaign,stage,converted,deal_value',
    formats: [T, D, T, T, T, T, N, N],
    kind: 'touchpoints',
    mapping: ['journey_id', 'timestamp', 'channel', 'touch_type', 'campaign', 'stage', 'conversion', 'value'],
  },
  {
    name: 'Mittari example deals',
    header: 'deal_id,contact_id,created,closed,stage,status,amount,source_channel',
    formats: [T, T, D, D, T, T, N, T],
    kind: 'deals',
    mapping: ['deal_id', _, 'created', 'closed', 'stage', 'won', 'amount', 'channel'],
  },
  {
    name: 'Pipedrive deals with a source channel',
    header: 'Deal - ID,Deal - Value,Deal - Status,Deal - Deal created,Deal - Won time,Deal - Source channel',
    formats: [N, N, T, D, D, T],
    kind: 'deals',
    mapping: ['deal_id', 'amount', 'won', 'created', 'closed', 'channel'],
  },
  {
    name: 'Mittari example customers',
    header: 'customer_id,start_date,end_date,mrr,segment,channel',
    formats: [T, D, D, N, T, T],
    kind: 'customers',
    mapping: ['customer_id', 'start_date', 'end_date', 'mrr', 'segment', 'channel'],
  },
  {
    name: 'customers with a status column (Stripe-like)',
    header: 'Customer ID,Customer since,Status,Monthly revenue',
    formats: [T, D, T, N],
    kind: 'customers',
    mapping: ['customer_id', 'start_date', 'active', 'mrr'],
  },
  {
    name: 'Finnish customers',
    header: 'Asiakasnumero;Alkupäivä;Päättymispäivä;Kuukausilaskutus;Segmentti',
    formats: [T, D, D, N, T],
    kind: 'customers',
    mapping: ['customer_id', 'start_date', 'end_date', 'mrr', 'segment'],
  },
  {
    name: 'Mittari example NPS answers',
    header: 'date,customer_id,score,segment',
    formats: [D, T, N, T],
    kind: 'nps',
    mapping: ['date', _, 'score', 'segment'],
  },
  {
    name: 'NPS survey export',
    header: 'Response ID,Submitted at,How likely are you to recommend us to a friend or colleague?,Comment',
    formats: [T, D, N, T],
    kind: 'nps',
    mapping: [_, 'date', 'score', _],
  },
  {
    name: 'Finnish NPS answers',
    header: 'Vastauspäivä;Suositteluhalukkuus;Asiakassegmentti',
    formats: [D, N, T],
    kind: 'nps',
    mapping: ['date', 'score', 'segment'],
  },
  {
    name: 'Mittari example forecast',
    header: 'month,forecast,actual',
    formats: [T, N, N],
    kind: 'forecast',
    mapping: ['period', 'forecast', 'actual'],
  },
  {
    name: 'Finnish forecast per channel',
    header: 'Kuukausi;Kanava;Ennuste;Toteutunut',
    formats: [T, T, N, N],
    kind: 'forecast',
    mapping: ['period', 'channel', 'forecast', 'actual'],
  },
  {
    name: 'Mailchimp-like email report with cost',
    header: 'Campaign,Send date,Emails sent,Opens,Clicks,Bounces,Cost',
    formats: [T, D, N, N, N, N, N],
    kind: 'spend',
    mapping: ['campaign', 'date', 'sends', 'opens', 'clicks', 'bounces', 'spend'],
  },
  {
    name: 'unrelated table',
    header: 'foo,bar,baz',
    formats: [T, N, N],
    kind: 'unknown',
    mapping: [_, _, _],
  },
];

describe('detectKind()', () => {
  it.each(CASES)('detects $name as $kind', ({ header, formats, kind, mapping }) => {
    const result = detectKind(split(header), formats);
    expect(result.kind).toBe(kind);
    if (mapping) expect(result.mapping).toEqual(mapping);
    if (kind === 'unknown') expect(result.confidence).toBe(0);
    else expect(result.confidence).toBeGreaterThan(0.5);
  });

  it('maps every detected case so that checkMapping() accepts it', () => {
    for (const c of CASES.filter((x) => x.kind !== 'unknown')) {
      const header = split(c.header);
      const { kind, mapping } = detectKind(header, c.formats);
      expect(checkMapping(kind, header, mapping), c.name).toBeNull();
    }
  });

  it('lets an exact match beat a contains-match', () => {
    expect(detectKind(['Campaign status', 'Campaign', 'Cost'], [T, T, N]).mapping).toEqual([_, 'campaign', 'spend']);
  });

  it('keeps an exact header match whose column type does not fit, so bad cells become row problems', () => {
    expect(detectKind(['variant', 'users', 'conversions'], [T, T, N]).kind).toBe('experiment');
    const { kind, mapping } = detectKind(['contact_id', 'timestamp', 'channel'], [T, T, T]);
    expect(kind).toBe('touchpoints');
    expect(mapping).toEqual(['journey_id', 'timestamp', 'channel']);
  });

  it('drops a loose header match whose column type does not fit', () => {
    const { mapping } = detectKind(['contact_id', 'visit time', 'channel'], [T, T, T]);
    expect(mapping[1]).toBe(_);
  });

  it('treats missing formats as fitting every role', () => {
    expect(detectKind(['variant', 'users', 'conversions'], []).kind).toBe('experiment');
  });

  it('is more confident about exact headers than contains-matches', () => {
    const exact = detectKind(['Contact ID', 'Channel'], [T, T]).confidence;
    const loose = detectKind(['Contact ID of lead', 'Channel of touch'], [T, T]).confidence;
    expect(exact).toBeGreaterThan(loose);
  });

  it('does not mutate its inputs', () => {
    const header = ['user_id', 'variant', 'converted'];
    const formats = [T, T, N];
    const before = JSON.stringify([header, formats]);
    detectKind(header, formats);
    suggestMapping('touchpoints', header, formats);
    expect(JSON.stringify([header, formats])).toBe(before);
  });
});

describe('suggestMapping()', () => {
  it('maps the columns for the kind the user chose', () => {
    const header = ['user_id', 'variant', 'converted'];
    expect(suggestMapping('touchpoints', header, [T, T, N])).toEqual(['journey_id', _, 'conversion']);
  });

  it('maps nothing for unknown', () => {
    expect(suggestMapping('unknown', ['a', 'b'], [T, T])).toEqual([_, _]);
  });

  it('assigns each role at most once', () => {
    const m = suggestMapping('spend', ['Cost', 'Spend', 'Campaign'], [N, N, T]);
    expect(m.filter((r) => r === 'spend')).toHaveLength(1);
  });
});

describe('rolesForKind() and requiredRoles()', () => {
  const kinds: DatasetKind[] = ['touchpoints', 'paths', 'experiment', 'experiment_users', 'spend', 'deals', 'customers', 'nps', 'forecast', 'unknown'];

  it.each(kinds)('%s: ignore first, and every required role is a role of the kind', (kind) => {
    const roles = rolesForKind(kind);
    expect(roles[0]).toBe('ignore');
    for (const alts of requiredRoles(kind)) for (const r of alts) expect(roles).toContain(r);
  });

  it.each([
    ['touchpoints', [['journey_id'], ['channel', 'source']]],
    ['paths', [['path'], ['conversions']]],
    ['experiment', [['variant'], ['users'], ['conversions', 'revenue']]],
    ['experiment_users', [['variant'], ['user_id'], ['converted', 'revenue']]],
    ['spend', [['channel', 'campaign'], ['spend']]],
    ['deals', [['deal_id'], ['amount', 'stage', 'won']]],
    ['customers', [['customer_id'], ['start_date', 'end_date', 'active', 'mrr']]],
    ['nps', [['score']]],
    ['forecast', [['forecast'], ['actual']]],
    ['unknown', []],
  ] as const)('requiredRoles(%s)', (kind, expected) => {
    expect(requiredRoles(kind)).toEqual(expected);
  });

  it('returns fresh arrays the caller may change', () => {
    rolesForKind('paths').push('spend');
    requiredRoles('paths')[0].push('spend');
    expect(rolesForKind('paths')).not.toContain('spend');
    expect(requiredRoles('paths')[0]).toEqual(['path']);
  });
});

describe('checkMapping()', () => {
  it('returns null for a complete mapping', () => {
    expect(checkMapping('touchpoints', ['id', 'ch'], ['journey_id', 'channel'])).toBeNull();
  });

  it('names the missing role and what to do', () => {
    expect(checkMapping('touchpoints', ['id', 'ch'], [_, 'channel'])).toBe(
      'No column for the journey id (lead, contact, user id). Pick one in the column mapper.',
    );
  });

  it('accepts any one of a set of alternatives', () => {
    expect(checkMapping('touchpoints', ['id', 'src'], ['journey_id', 'source'])).toBeNull();
    expect(checkMapping('deals', ['id', 'status'], ['deal_id', 'won'])).toBeNull();
  });

  it('names a missing set of alternatives', () => {
    expect(checkMapping('experiment', ['v', 'n'], ['variant', 'users'])).toBe(
      'No column for the conversions or revenue per variant. Pick one in the column mapper.',
    );
  });

  it('rejects one role on two columns', () => {
    expect(checkMapping('touchpoints', ['a', 'b', 'c'], ['journey_id', 'channel', 'channel'])).toBe(
      'Columns "b" and "c" are both mapped as the channel. Set one of them to "Not used".',
    );
  });

  it('rejects a role the kind does not use', () => {
    expect(checkMapping('spend', ['a', 'b', 'c'], ['campaign', 'spend', 'variant'])).toMatch(/^Column "c" cannot be the variant/);
  });

  it('asks for a kind when the kind is unknown', () => {
    expect(checkMapping('unknown', ['a'], [_])).toMatch(/Choose the file kind/);
  });

  it('throws when the mapping does not match the header', () => {
    expect(() => checkMapping('paths', ['a', 'b'], ['path'])).toThrow(/1 roles for 2 columns/);
  });
});

describe('headerKey()', () => {
  it('is the same for headers that normalise alike', () => {
    expect(headerKey(['Deal – ID', 'Amount spent (EUR)'])).toBe(headerKey(['deal - id', 'Amount Spent (USD)']));
  });

  it('differs for different headers or orders', () => {
    expect(headerKey(['a', 'b'])).not.toBe(headerKey(['b', 'a']));
    expect(headerKey(['a', 'b'])).not.toBe(headerKey(['a', 'b', 'c']));
  });
});

describe('detectKind() with type votes that misread columns', () => {
  it('accepts a numeric id the vote took for epoch seconds', () => {
    expect(detectKind(['Record ID', 'Deal Stage', 'Amount'], [D, T, N]).kind).toBe('deals');
  });

  it('accepts 0/1 counts typed boolean and 0/1 variants', () => {
    expect(detectKind(['path', 'total_conversions', 'total_null'], [T, N, B]).mapping).toEqual(['path', 'conversions', 'nulls']);
    expect(detectKind(['user_id', 'group', 'converted'], [T, B, B]).kind).toBe('experiment_users');
  });
});
