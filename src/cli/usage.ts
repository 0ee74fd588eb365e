// Every command's usage. A command's own usage errors print its entry as one line; `mittari` without a
// command, an unknown command, and inspect or attribute without their files print all of them.
export const USAGE = {
  inspect: 'usage: mittari inspect [--encoding E] [--delimiter ,|;|tab|"|"] [--kind KIND] [--sheet NAME] FILE...',
  attribute: [
    'usage: mittari attribute FILE [--sheet NAME] [--models first,linear,markov,...] [--half-life-days 7] [--markov-order 1]',
    '                              [--markov-states mittari|channelattribution]',
    '                              [--lookback-days N] [--level channel|campaign|touch_type]',
    '                              [--weights first=40,middle=20,last=40] [--type-weights "webinar=2,sales call=3"]',
  ].join('\n'),
  experiment: 'usage: mittari experiment FILE [--metric NAME] [--control NAME] [--alpha 0.05] [--weights 50,50] [--correction holm|bh]',
  sampleSize: 'usage: mittari sample-size --baseline 0.2 --mde 0.05 [--relative] [--alpha 0.05] [--power 0.8] [--daily-users N]',
  budget: [
    'usage: mittari budget SCENARIO.json',
    '       mittari budget --spend SPEND.csv --touchpoints FILE [--model markov] [--kpi conversions|value] [--total N]',
    '                      [--bounds 0.7,1.3] [--elasticity 0.5]',
    '       mittari budget --spend REPORT.csv [--kpi conversions|value] [--total N] [--bounds 0.7,1.3] [--elasticity 0.5]',
  ].join('\n'),
  kpis: [
    'usage: mittari kpis FILE... [--period week|month|quarter] [--margin 0.75] [--model first]',
    '                   [--mql-stage MQL | --mql-types webinar,download,demo] [--credit-before-lead]',
  ].join('\n'),
  mmm: 'usage: mittari mmm FILE [OUTCOME_FILE] [--outcome COLUMN] [--bounds 0.5,2] [--budget WEEKLY] [--seed N] [--lift CHANNEL,FROM,TO,LIFT,LOW,HIGH[;...]]',
  reconcile: 'usage: mittari reconcile PLATFORM_REPORT TOUCHPOINTS',
  sql: 'usage: mittari sql [ga4-touchpoints|ga4-journey-rows|touchpoint-paths|experiment-sums|weekly-mix] [--dialect bigquery|snowflake|duckdb] ' +
    '[weekly-mix: --channels "A,B" --outcome revenue|conversions --from yyyy-mm-dd --to yyyy-mm-dd]',
} as const;

/** Appended to inspect's and attribute's option problems. */
export const SEE_USAGE = ' (run mittari without arguments for usage)';

/** Every command's usage under one "usage:". */
const EVERY = Object.values(USAGE).map((u, i) => (i === 0 ? u : u.replace('usage: ', '       '))).join('\n');

/** Writes every command's usage on stderr, as lines under "mittari: usage:", and returns exit code 2. */
export function printUsage(): number {
  process.stderr.write(`mittari: ${EVERY}\n`);
  return 2;
}
