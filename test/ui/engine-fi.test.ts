// The engine's sentences in Finnish: every message key has a Finnish template, and real engine output (the SRM
// fixture, the broken-file corpus, the example data) reads in Finnish with no English left, numbers the Finnish way.
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { english, MESSAGE_KEYS, type Msg } from '../../src/lib/messages';
import { ENGINE_FI, engineText } from '../../src/ui/i18n/engine/text';
import { createEngine } from '../../src/worker/api';
import { loadBytes } from '../../src/lib/ingest/load';
import { KPI_NAMES } from '../../src/lib/kpi/definitions';
import { CASES, nameOf } from '../fixtures/broken/expected';
import { CHANNELATTRIBUTION_PATHS } from '../shared';
import { planProblem, sampleSize, WHY_FORMULAS_DIFFER, type PlanInput } from '../../src/lib/experiments/power';
import { bytesOf } from '../fixtures/broken/make';
import { experimentJson } from '../../src/cli/english';
import { DEMO_DIR, DEMOS } from '../lib/mmm/demo';

const NBSP = '\u00a0';
const KEYS = new Set<string>(MESSAGE_KEYS);

/** Every Msg anywhere in an engine result (the objects with a known key and params), in order. */
function msgsIn(value: unknown, out: Msg[] = []): Msg[] {
  if (value === null || typeof value !== 'object' || ArrayBuffer.isView(value)) return out;
  const o = value as Record<string, unknown>;
  if (typeof o.key === 'string' && KEYS.has(o.key) && 'params' in o) {
    out.push(o as unknown as Msg);
    return out;
  }
  for (const v of Array.isArray(value) ? value : Object.values(o)) msgsIn(v, out);
  return out;
}

// Words that give away an English sentence. None is a Finnish word ("on" is, so it is not listed).
const ENGLISH_WORDS = '(the|and|than|with|not|is|are|was|were|has|have|of|to|in|for|from|by|it|its|this|that|each|or|but|be|no|per|at|into|only|before|after|so|chance|better|worse|converts|users|variant|file|column|row|rows|spend|needs|check|pick|load|save|export|warning|curves?|model|budget|target)';
// Word edges by Unicode letters: \b would split Finnish words at ä and ö ("lähteittäin" is not "in").
const ENGLISH = new RegExp(`(?<![\\p{L}\\d])${ENGLISH_WORDS}(?![\\p{L}\\d])`, 'giu');

/** The English words left in a Finnish sentence, once the names the user's data brought in are taken out. */
function englishIn(text: string, names: readonly string[] = []): string[] {
  let rest = text.replace(/”[^”]*”/g, '""'); // quoted column names and values
  for (const n of [...names].sort((a, b) => b.length - a.length)) rest = rest.split(n).join(' ');
  return [...rest.matchAll(ENGLISH)].map((m) => m[0]);
}

function expectFinnish(msgs: readonly Msg[], names: readonly string[] = []): string[] {
  const texts = msgs.map((m) => engineText(m, 'fi'));
  for (const [i, text] of texts.entries()) {
    expect(englishIn(text, names), `${msgs[i].key}: ${text}`).toEqual([]);
    expect(text).not.toBe(english(msgs[i]));
  }
  return texts;
}

describe('Finnish engine messages', () => {
  it('has a Finnish template for every engine message key, and no other', () => {
    expect(Object.keys(ENGINE_FI).sort()).toEqual([...MESSAGE_KEYS].sort());
    for (const key of MESSAGE_KEYS) expect(typeof ENGINE_FI[key], key).toBe('function');
  });

  it('renders English exactly as the command line prints it', async () => {
    const engine = createEngine();
    const r = await engine.load('j', 'ab-three-arms-srm.csv', new Uint8Array(readFileSync('test/fixtures/ab-three-arms-srm.csv')));
    if (!r.ok) throw new Error(english(r.problem.message));
    const out = engine.experiment(r.entry.id);
    if (!out.ok) throw new Error(english(out.reason));
    const { result } = out.view;
    const printed = experimentJson(result) as { srm: { warning: string }; comparisons: { verdict: string }[]; warnings: string[] };
    expect(engineText(result.srm.warning as Msg, 'en')).toBe(printed.srm.warning);
    expect(result.comparisons.map((c) => engineText(c.verdict, 'en'))).toEqual(printed.comparisons.map((c) => c.verdict));
    expect(result.warnings.map((m) => engineText(m, 'en'))).toEqual(printed.warnings);
    expect(printed.warnings.length).toBeGreaterThan(0);
  });

  it('says the three-arm SRM test in Finnish: SRM warning, verdicts, notes, numbers with a decimal comma', async () => {
    const engine = createEngine();
    const r = await engine.load('j', 'ab-three-arms-srm.csv', new Uint8Array(readFileSync('test/fixtures/ab-three-arms-srm.csv')));
    if (!r.ok) throw new Error(english(r.problem.message));
    const out = engine.experiment(r.entry.id, { plannedPerArm: 20000 });
    if (!out.ok) throw new Error(english(out.reason));
    const names = ['Control', 'Variant B', 'Variant C'];
    const [srm, ...rest] = expectFinnish(msgsIn(out), names);
    expect(srm).toBe(
      `Otossuhteen poikkeama (SRM): käyttäjät eivät jakautuneet versioille suunnitellusti (suunniteltu 33,3${NBSP}% / 33,3${NBSP}% / 33,3${NBSP}%, ` +
      `toteutunut Control 33,4${NBSP}%, Variant B 31,8${NBSP}%, Variant C 34,8${NBSP}%; khiin neliö -testi p < 0,001). Syy on yleensä virhe käyttäjien ` +
      'jakamisessa versioille tai seurannassa; älä luota tuloksiin ennen kuin poikkeama on selvitetty.',
    );
    const verdicts = out.view.result.comparisons.map((c) => engineText(c.verdict, 'fi'));
    expect(verdicts[0]).toMatch(new RegExp(`^(Ei vielä selvää voittajaa: )?Variant B konvertoi \\d+${NBSP}% paremmin kuin Control \\(95${NBSP}%:n luottamusväli [+−]\\d+(,\\d)? … [+−]\\d+(,\\d)?${NBSP}%, z-testi p = 0,\\d+, Holm-korjattu p = 0,\\d+\\); bayesiläinen todennäköisyys sille, että Variant B on parempi: `));
    expect(rest.some((t) => t.startsWith('Testi on saavuttanut'))).toBe(true);
  });

  it('says too early in Finnish when the arms are small', async () => {
    const engine = createEngine();
    const csv = 'variant,users,conversions\nA,40,4\nB,42,9\n';
    const r = await engine.load('j', 'small.csv', new TextEncoder().encode(csv));
    if (!r.ok) throw new Error(english(r.problem.message));
    const out = engine.experiment(r.entry.id);
    if (!out.ok) throw new Error(english(out.reason));
    const [verdict] = expectFinnish([out.view.result.comparisons[0].verdict], ['A', 'B']);
    expect(verdict).toMatch(/^Liian aikaista sanoa: kummassakin versiossa pitää olla vähintään 100 käyttäjää ja 25 konversiota ennen kuin voittajan voi nimetä \(B: 42 käyttäjää ja 9 konversiota; A: 40 käyttäjää ja 4 konversiota\)\. Toistaiseksi B konvertoi /);
  });

  it.each(CASES.map((c) => [nameOf(c), c] as const))('says what is wrong with %s in Finnish', async (name, c) => {
    const result = await loadBytes(name, bytesOf(c));
    const msgs = msgsIn(result);
    if (!result.ok) expect(msgs).toEqual([result.problem.message]);
    const columns = result.ok ? result.dataset.summary.columns.map((col) => col.name) : [];
    // The cell a formula warning quotes is the file's own text (=HYPERLINK("http://..."), +cmd|' /C calc'!A0).
    const cells = msgs.flatMap((m) => (m.key === 'warning.formula' ? [m.params.value] : []));
    const texts = expectFinnish(msgs, [name, ...columns, ...cells]);
    if (name.endsWith('.xlsx')) expect(texts[0]).toMatch(/on Excel-työkirja tai ZIP-arkisto \(\.xlsx\/\.zip\) eikä CSV-tiedosto\. .*tallenna se CSV-muodossa/);
    if (name === 'truncated-in-quote.csv') expect(texts[0]).toMatch(/^truncated-in-quote\.csv: rivillä 6 alkaa lainausmerkeillä \(”?"”?\) rajattu kenttä/);
  });

  it('says the other file problems in Finnish: unclosed quote, unknown columns, too big, a cancelled load', async () => {
    const quote = await loadBytes('unclosed-quote.csv', readFileSync('test/fixtures/unclosed-quote.csv'));
    const unknown = await loadBytes('unknown-columns.csv', readFileSync('test/fixtures/unknown-columns.csv'));
    const msgs = [...msgsIn(quote), ...msgsIn(unknown)];
    expect(msgs.map((m) => m.key)).toEqual(['file.unclosedQuote', 'mapping.unknownFile']);
    const texts = expectFinnish(msgs, ['unclosed-quote.csv', 'unknown-columns.csv']);
    expect(texts[1]).toBe('Mittari ei tunnistanut, millaista aineistoa unknown-columns.csv sisältää. Valitse sarakkeiden määrityksessä aineiston tyyppi ja kunkin sarakkeen rooli.');
    const tooBig = expectFinnish([{ key: 'file.tooBig', params: { file: 'iso.csv', size: 300 * 1024 ** 2, need: 4.4 * 1024 ** 3, budget: 3.5 * 1024 ** 3 } }, { key: 'file.cancelled', params: { file: 'iso.csv' } }], ['iso.csv']);
    expect(tooBig[0]).toMatch(/^iso\.csv on 300 Mt; sen lukeminen täällä vaatisi noin 4,4 Gt muistia, .*\(noin 3,5 Gt\)/);
  });

  it('says every KPI formula and every unavailable reason in Finnish', () => {
    const msgs: Msg[] = KPI_NAMES.flatMap((kpi) => [{ key: 'kpi.formula', params: { kpi } }, { key: 'kpi.needs', params: { kpi } }] as Msg[]);
    // Header names as the tools write them are kept in the reasons: they are what the user looks for in the file.
    expectFinnish(msgs, ['Create Date, Close Date; Deal created, Won time', 'amount spent']);
  });

  it('says the example data\'s experiment, KPIs and budget in Finnish, with Finnish numbers', async () => {
    const engine = createEngine();
    const ids: Record<string, string> = {};
    for (const file of readdirSync('public/examples')) {
      const r = await engine.load(file, file, new Uint8Array(readFileSync(join('public/examples', file))));
      if (!r.ok) throw new Error(english(r.problem.message));
      ids[file] = r.entry.id;
      expectFinnish(msgsIn(r.entry), [file, ...r.entry.columns.map((c) => c.name)]);
    }
    const experiment = engine.experiment(ids['experiment.csv']);
    if (!experiment.ok) throw new Error(english(experiment.reason));
    const variants = experiment.view.result.variants.map((v) => v.name);
    const said = expectFinnish(msgsIn(experiment), variants);
    expect(said.length).toBeGreaterThan(1);

    const report = engine.kpis({ period: 'month', model: 'linear' });
    const kpiTexts = expectFinnish(msgsIn(report));
    expect(kpiTexts.some((t) => t.startsWith('ROI mallin Lineaarinen jaon mukaan = (kanavalle jaettu liikevaihto − mediakulut) / mediakulut') && t.endsWith('(liikevaihto jaettu mallilla Lineaarinen, liidikosketuksesta alkaen: liidiä edeltävät anonyymit kosketukset jätetty pois)'))).toBe(true);
    expect(engineText(report.unavailable.clv as Msg, 'fi')).toBe('tarvitaan bruttokate (osuus 0:n ja 1:n väliltä, esim. 0,75)');
    const withMargin = engine.kpis({ period: 'month', grossMargin: 0.8 });
    const clv = engineText(withMargin.kpis.clv?.formula as Msg, 'fi');
    expect(clv).toMatch(new RegExp(`^CLV = ARPA × bruttokate / kuukausittainen poistuma = [\\d${NBSP}]+,\\d\\d${NBSP}€ × 80,0${NBSP}% / \\d+,\\d\\d${NBSP}% = [\\d${NBSP}]+,\\d\\d${NBSP}€$`));

    const channels = (await engine.list()).flatMap((d) => (d.stats.type === 'spend' || d.stats.type === 'journeys' ? d.stats.channels.map((c) => c.name) : []));
    for (const request of [{}, { model: 'linear' as const, kpi: 'value' as const }, { mode: 'target_roas' as const, targetRoas: 1000 }, { mode: 'target_mroi' as const }]) {
      const budget = engine.budget(ids['spend.csv'], ids['touchpoints.csv'], request);
      const texts = expectFinnish(msgsIn(budget), channels);
      expect(texts.length).toBeGreaterThan(0);
    }
    const budget = engine.budget(ids['spend.csv'], ids['touchpoints.csv']);
    if (!budget.ok) throw new Error(english(budget.reason));
    expect(engineText(budget.view.notes[0], 'fi')).toBe('Mediakulut kattavat 26 jaksoa (2024-12-30 – 2025-06-23); vastekäyrät, kulut ja vasteet ovat niiden summia.');
    expect(engineText({ key: 'budget.periodDated', params: { count: 2, from: Date.UTC(2025, 0, 6), to: Date.UTC(2025, 0, 13) } }, 'fi'))
      .toBe('Mediakulut kattavat 2 päivättyä jaksoa 6.1.2025–13.1.2025; vastekäyrät, kulut ja vasteet ovat koko ajanjakson summia.');
  });

  it('says why attribution models do not apply, and the lookback note, in Finnish (also inside the budget reason)', async () => {
    const engine = createEngine();
    const paths = await engine.load('p', 'paths.csv', new Uint8Array(readFileSync(CHANNELATTRIBUTION_PATHS)));
    if (!paths.ok) throw new Error(english(paths.problem.message));
    const r = await engine.attribute(paths.entry.id, { lookbackDays: 30 });
    expect(Object.keys(r.unavailable).sort()).toEqual(['full_path', 'time_decay', 'w_shaped']);
    const texts = expectFinnish([...Object.values(r.unavailable), ...r.notes] as Msg[]);
    expect(texts).toContain('Malli ”W-malli” tarvitsee kosketustiedostoon vaihesarakkeen (liidi, MQL, mahdollisuus…); valitse se sarakkeiden määrityksessä.');
    expect(r.notes.map(english)).toEqual(['The lookback window needs timestamps; this data has none, so every touch was kept.']);
    expect(english(r.unavailable.time_decay as Msg)).toBe('Time decay needs timestamps; path tables have none.');
    // Models the data cannot give, and an empty set, name their reason the same way.
    const synthetic = [
      { key: 'attribution.halfLife', params: { days: 0 } }, { key: 'attribution.markovNoTouches', params: {} }, { key: 'attribution.markovNoConversions', params: {} },
    ] as Msg[];
    expect(expectFinnish(synthetic)[0]).toBe('Malli ”Ajan mukaan heikkenevä” tarvitsee yli 0 päivän puoliintumisajan; annettu arvo oli 0.');
    // The budget view on a path table with the time-decay model: the attribution reason nested in Finnish.
    const spend = await engine.load('s', 'spend.csv', new Uint8Array(readFileSync('public/examples/spend.csv')));
    if (!spend.ok) throw new Error(english(spend.problem.message));
    const budget = engine.budget(spend.entry.id, paths.entry.id, { model: 'time_decay' });
    if (budget.ok) throw new Error('expected the budget to fail without time decay');
    expect(engineText(budget.reason, 'fi')).toBe('Malli Ajan mukaan heikkenevä ei sovellu tähän aineistoon: Malli ”Ajan mukaan heikkenevä” tarvitsee aikaleimat; polkutaulukoissa niitä ei ole.');
    expect(english(budget.reason)).toBe('the time_decay model does not apply to this data: Time decay needs timestamps; path tables have none.');
  });

  it('says why a channel gets no curve in Finnish, the calibration reason nested inside', () => {
    const curve = [
      { key: 'budget.curveSpend', params: { spend: 0 } }, { key: 'budget.curveResponse', params: { response: 0 } },
      { key: 'budget.curveAlpha', params: { alpha: -1 } }, { key: 'budget.curveElasticity', params: { elasticity: 1.5, alpha: 1 } },
    ] as const;
    const texts = expectFinnish([...curve, { key: 'budget.fitFewWeeks', params: { min: 12, weeks: 3 } }, { key: 'budget.fitFlatSpend', params: { variation: 0.01, min: 0.1 } },
      ...curve.map((reason) => ({ key: 'budget.excludedNoCurve', params: { reason } }) as Msg), { key: 'budget.fitNoPrior', params: { why: curve[0] } }] as Msg[]);
    expect(texts[6]).toBe('ei vastekäyrää: nykyisten mediakulujen pitää olla yli 0, nyt 0');
    expect(english({ key: 'budget.excludedNoCurve', params: { reason: curve[3] } })).toBe('no curve: the elasticity must be between 0 and alpha (1), exclusive, not 1.5');
  });

  it('says the marketing-mix notes and warnings of the demo files\' fits in Finnish', async () => {
    const engine = createEngine();
    const keys = new Set<string>();
    for (const file of Object.values(DEMOS)) {
      const r = await engine.load('j', file, new Uint8Array(readFileSync(DEMO_DIR + file)));
      if (!r.ok) throw new Error(english(r.problem.message));
      const out = await engine.mmm('f', r.entry.id, {});
      if (!out.ok) throw new Error(english(out.reason));
      const names = [...r.entry.columns.map((c) => c.name), ...out.view.result.channels.flatMap((c) => [c.name, ...c.members])];
      const msgs = [...r.entry.warnings.filter((m) => m.key.startsWith('mmm.')), ...msgsIn(out.view.result.warnings), ...msgsIn(out.view.allocation.warnings)];
      const texts = expectFinnish(msgs, names);
      for (const t of texts) expect(t).not.toMatch(/\d\.\d/);
      for (const m of msgs) keys.add(m.key);
    }
    // The demo files bring the geo sum, named events, guessed spend and a time index.
    expect([...keys]).toEqual(expect.arrayContaining(['mmm.geoSummed', 'mmm.eventLevels', 'mmm.spendGuessed', 'mmm.timeIndexIgnored']));
  }, 120_000);

  it('says why noisy weeks are not used in plain words, with no R² in either language', () => {
    const m = { key: 'budget.noisy', params: { fits: [{ name: 'Email', r2: -0.0012 }, { name: 'Webinar', r2: 0.08 }] } } as Msg;
    expect(english(m)).toBe('The weeks of Email, Webinar go up and down with no clear link to their spend, so they cannot show where returns level off; their curves pass through today\'s spend and results instead.');
    expect(engineText(m, 'fi')).toContain('Kanavien Email ja Webinar viikkotulokset');
    expect(`${english(m)} ${engineText(m, 'fi')}`).not.toMatch(/R²|0[.,]0/);
  });

  it('says the sample-size planner\'s input problems in Finnish, as the English errors sampleSize() throws', () => {
    const bad: PlanInput[] = [{ baseline: 1.2, mde: 0.05 }, { baseline: 0.2, mde: 0 }, { baseline: 0.9, mde: 0.2 }, { baseline: 0.2, mde: 0.05, alpha: 2 }, { baseline: 0.2, mde: 0.05, power: 0 }];
    const msgs = bad.map((input) => {
      const m = planProblem(input) as Msg;
      expect(() => sampleSize(input)).toThrow(english(m));
      return m;
    });
    expect(planProblem({ baseline: 0.2, mde: 0.05 })).toBeNull();
    const texts = expectFinnish([...msgs, WHY_FORMULAS_DIFFER], ['Evan Millerin']);
    expect(texts[1]).toBe('Vaikutuksen pitää olla jokin muu luku kuin 0, nyt 0\u00a0%.');
  });
});
