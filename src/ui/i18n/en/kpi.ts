// KPI view.
// English is the source of truth: fi/kpi.ts has the same shape (a missing key is a compile error).
import type { KpiName } from '../../../lib/kpi/types';
import { KPI_DEFINITIONS } from '../../../lib/kpi/definitions';

const kpiNames = Object.fromEntries(Object.entries(KPI_DEFINITIONS).map(([k, d]) => [k, d.label])) as Record<KpiName, string>;

export const kpiMessages = {
  kpi: {
    csvLabel: 'KPI table',
    names: kpiNames,
    /** KPIs in the list of the ones the files cannot give: their codes in words (bounce rate). */
    missingNames: Object.fromEntries(Object.keys(kpiNames).map((k) => [k, k.replace(/_/g, ' ')])) as Record<KpiName, string>,
    timing: { leading: 'leading', lagging: 'lagging' } as Record<string, string>,
    flow: { input: 'input', output: 'output' } as Record<string, string>,
    title: 'KPIs and goals',
    empty: 'Add touchpoints, spend, deals, customers, NPS answers or a forecast — or click “Load example data” on the Data tab. Each KPI says which file would enable it.',
    period: 'Period',
    periods: { week: 'Week', month: 'Month', quarter: 'Quarter' } as Record<string, string>,
    periodWord: { week: 'week', month: 'month', quarter: 'quarter' } as Record<string, string>,
    periodPlural: { week: 'weeks', month: 'months', quarter: 'quarters' } as Record<string, string>,
    margin: 'Gross margin (%) for CLV',
    revenueFrom: 'ROI by the credit of',
    creditBeforeLead: 'Credit anonymous touches before the lead too',
    mqlMeans: 'MQL means',
    mqlDefaultStage: (stage: string) => `stage “${stage}” (default)`,
    mqlDefaultTouch: 'qualifying touch types (default)',
    mqlDefault: 'default',
    mqlStage: 'a stage named…',
    mqlTouch: 'any of these touch types…',
    stage: 'Stage',
    touchTypes: 'Touch types (comma-separated)',
    alerts: 'Alerts',
    direction: { above: 'above', below: 'below' } as Record<string, string>,
    alert: (kpi: string, dir: string, limit: string, value: string, period: string | null) =>
      `${kpi} is ${dir} your limit of ${limit}: ${value}${period ? ` in ${period}` : ''}.`,
    pinAdvice: (period: string) =>
      `Pin 3–5 KPIs (the guides' advice), agree them with management, and review them every ${period}. Changes compare each ${period} with the one before.`,
    funnelTitle: 'Funnel: how far leads get',
    funnelChart: 'Leads reaching each funnel step',
    steps: { lead: 'Leads', mql: 'MQL', sql: 'SQL', opportunity: 'Opportunities', won: 'Won' } as Record<string, string>,
    everyKpi: (n: number, period: string, from: string, to: string) => `Every KPI (${n} ${period}, ${from} – ${to})`,
    kpi: 'KPI',
    value: 'Value',
    last: (period: string) => `Latest complete ${period}`,
    byLeadCohort: (name: string) => `${name}, lagged by lead cohort`,
    byLeadCohortFormula: "a period's spend / the won deals whose leads came in that period; the latest cohorts are still closing",
    kind: 'Kind',
    formula: 'Formula',
    pin: 'Pin',
    unpin: 'Unpin',
    notYet: 'Not available yet',
    // card
    points: (x: string, _nps?: boolean) => `${x} pts`,
    vsPrevious: (change: string) => ` (${change} vs previous)`,
    byPeriod: (kpi: string, list: string) => `${kpi} by period: ${list}`,
    crossed: (value: string, dir: string, limit: string, period: string | null) =>
      `Crossed your limit: ${value} is ${dir} ${limit}${period ? ` in ${period}` : ''}.`,
    filesTitle: (read: number, of: number) => `Files in these KPIs: ${read} of ${of}`,
    fileKind: { touchpoints: 'touchpoints', paths: 'path table', spend: 'spend', deals: 'deals', customers: 'customers', nps: 'NPS answers', forecast: 'forecast' } as Record<string, string>,
    workspaceCurrency: 'Money that states no currency is in',
    noCompletePeriod: 'no complete period yet',
    provisional: 'not complete yet',
    overall: (range: string, value: string, additive: boolean) => `${range}: ${value} ${additive ? 'in all' : 'overall'}`,
    running: (period: string, value: string) => `${period} is still running: ${value} so far, not judged yet.`,
    goalLine: (atLeast: boolean, target: string, per: string | null, date: string | null) =>
      `Goal: ${atLeast ? 'at least' : 'at most'} ${target}${per ? ` each ${per}` : ` by ${date}`}`,
    perWord: { week: 'week', month: 'month', quarter: 'quarter' } as Record<string, string>,
    perPlural: { week: 'weeks', month: 'months', quarter: 'quarters' } as Record<string, string>,
    goalNotYet: 'no complete period to judge yet.',
    goalStates: { met: 'met', missed: 'missed', onTrack: 'on track', offTrack: 'off track' } as Record<string, string>,
    goalDetail: (state: string, period: string | null, value: string, soFar: string | null) =>
      state === 'met' || state === 'missed'
        ? ` (${period ? `${period}: ` : ''}${value}).`
        : soFar !== null ? ` (${soFar} so far, heading for ${value}).` : ` (heading for ${value} by then).`,
    record: (met: number, of: number, plural: string) => ` Met in ${met} of the last ${of} ${plural}.`,
    goalAtLeast: 'Goal: at least',
    goalAtMost: 'Goal: at most',
    goalPer: 'Counted',
    goalPers: { week: 'each week', month: 'each month', quarter: 'each quarter', total: 'by a date' },
    alertNote: 'Goals and alerts are checked on complete periods only.',
    notANumber: 'Give numbers, or leave a field empty.',
    needsDate: 'A goal by a date needs the date.',
    by: 'By',
    alertAbove: 'Alert above',
    alertBelow: 'Alert below',
    /** The button's name: its visible text (goalAlert) and the KPI, so the name contains what is seen (WCAG 2.5.3). */
    setGoal: (kpi: string) => `Goal & alert for ${kpi}`,
    goalAlert: 'Goal & alert',
    /** What "channel" means in a KPI's split by channel (ChannelMeaning). */
    channelMeaning: {
      lead: 'Channel: the lead touch\'s',
      deal: 'Channel: the deal\'s source (else the lead\'s)',
      credit: 'Channel: the attribution model\'s credit',
    } as Record<string, string>,
    channelShort: { lead: 'lead\'s channel', deal: 'deal source', credit: 'model credit' } as Record<string, string>,
    warnings: 'Warnings',
    days: (n: string) => `${n} d`,
    // details
    byChannel: 'By channel (what channel means is under each KPI)',
    kpisByChannel: 'KPIs by channel',
    byChannelCaption: 'KPIs by channel: the lead\'s channel, the deal\'s source or the model\'s credit, as each column says',
    salesCycle: 'Sales cycle: deal created → won',
    leadCycle: 'Lead → won time',
    cycleFooter: 'Sales cycle length',
    cycleSubtitle: (median: string, mean: string, p90: string) => `median ${median} d · mean ${mean} d · 90th percentile ${p90} d`,
    cycleText: (median: string, mean: string, p90: string, n: string) => `Median ${median} days, mean ${mean}, 90th percentile ${p90} (${n} won deals).`,
    cycleChart: 'Won deals by length of the sales cycle',
    binOpen: (from: number) => `${from}+ days`,
    bin: (from: number, to: number) => `${from}–${to} days`,
    npsText: (nps: string, n: string, pro: string, pas: string, det: string, lo: string, hi: string) =>
      `NPS ${nps} from ${n} answers: ${pro} promoters, ${pas} passives, ${det} detractors; 95% interval ${lo} to ${hi}.`,
  },
};
