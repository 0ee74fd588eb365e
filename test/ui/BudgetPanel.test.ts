// @vitest-environment jsdom
// The attribution budget in the browser's words: one recommendation per channel, the threshold rule as a named
// alternative, bounds named as the reason, notes only when true, and a platform report as a credit source.
import './setup';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { render, screen, waitFor, within } from '@testing-library/svelte';
import BudgetPanel from '../../src/ui/budget/BudgetPanel.svelte';
import { BudgetState } from '../../src/ui/state/budget.svelte';
import { Workbench } from '../../src/ui/state/workbench.svelte';
import { locale } from '../../src/ui/i18n/locale.svelte';
import { inProcess, rooted, settle } from './state-helpers.svelte';

const file = (name: string, text: string | Uint8Array) => new File([text as BlobPart], name, { type: 'text/csv' });
const REPORT = new Uint8Array(readFileSync('test/fixtures/reports/google-ads-july.csv'));
const days = Array.from({ length: 31 }, (_, i) => `2025-07-${String(i + 1).padStart(2, '0')}`);
/** Daily spend of Search (600/day) and Social (150/day), 1-31 July. */
const SPEND = 'date,channel,spend\n' + days.flatMap((d) => [`${d},Search,600`, `${d},Social,150`]).join('\n') + '\n';
/** One journey a day, 1-31 July: Search converts twice as often as Social. */
const TOUCHES = 'journey_id,timestamp,channel,conversion\n' +
  days.flatMap((d, i) => [`S${i},${d}T09:00:00Z,Search,${i % 3 === 0 ? 0 : 1}`, `O${i},${d}T11:00:00Z,Social,${i % 3 === 0 ? 1 : 0}`]).join('\n') + '\n';

let stops: (() => void)[] = [];
beforeEach(() => {
  history.replaceState(null, '', '/');
  localStorage.clear();
  locale.lang = 'en';
});
afterEach(() => {
  for (const stop of stops) stop();
  stops = [];
});

async function panel(...files: File[]) {
  const { engine } = inProcess();
  const bench = new Workbench(engine);
  const { value: view, stop } = rooted(() => new BudgetState({ engine, data: bench, open: () => true }));
  stops.push(stop);
  render(BudgetPanel, { view });
  await bench.addFiles(files);
  await settle();
  await waitFor(() => expect(view.outcome).not.toBeNull(), { timeout: 10_000 });
  await settle();
  return view;
}

const table = () => screen.getByRole('table', { name: /^Current and recommended spend \(/ });
const row = (name: string) => within(table()).getByRole('row', { name: new RegExp(`^${name}`) });

describe('BudgetPanel', () => {
  it('writes money in the currency the report states, in both languages', async () => {
    const usd = new TextDecoder().decode(REPORT).replaceAll(',EUR,', ',USD,');
    await panel(file('google-ads-usd.csv', usd));
    expect(row('Brand').textContent).toMatch(/US\$12\.50/);
    expect(table().textContent).not.toContain('€');
    locale.lang = 'fi';
    await settle();
    const fiTable = screen.getByRole('table', { name: /^Nykyiset ja suositellut mediakulut \(/ });
    expect(fiTable.textContent).toMatch(/12,50\s\$/);
    expect(fiTable.textContent).not.toContain('€');
    locale.lang = 'en';
  });

  it('refuses a report holding two currencies rather than add them', async () => {
    const lines = new TextDecoder().decode(REPORT).split('\n');
    const mixed = lines.map((l, i) => (i > 2 && l.includes('Display') ? l.replace(',EUR,', ',USD,') : l)).join('\n');
    const { engine } = inProcess();
    const bench = new Workbench(engine);
    const { value: view, stop } = rooted(() => new BudgetState({ engine, data: bench, open: () => true }));
    stops.push(stop);
    render(BudgetPanel, { view });
    await bench.addFiles([file('mixed.csv', mixed)]);
    await settle();
    await waitFor(() => expect(screen.getByText(/mixed\.csv holds amounts in (EUR and USD|USD and EUR), which Mittari does not add up/)).toBeTruthy(), { timeout: 10_000 });
    expect(screen.queryByRole('table', { name: /^Current and recommended spend \(/ })).toBeNull();
  });

  it('plans from a Google Ads report alone, its conversions labelled as reported by the platform', async () => {
    await panel(file('google-ads-july.csv', REPORT));
    expect(screen.queryByRole('alert')).toBeNull();
    expect((screen.getByLabelText('Credit') as HTMLSelectElement).selectedOptions[0].textContent).toMatch(/as reported by the platform/);
    // CPA per campaign: 1,550 / 124 = 12.50, 3,720 / 93 = 40.00, 1,240 / 15.5 = 80.00.
    expect(row('Brand').textContent).toMatch(/12\.50/);
    expect(row('Generic').textContent).toMatch(/40\.00/);
    expect(row('Display').textContent).toMatch(/80\.00/);
    expect(screen.getByText(/as reported by the platform: it counts the conversions its own ads touched/)).toBeTruthy();
  });

  it('gives one recommendation per channel: the rule is a named alternative, a binding bound the reason', async () => {
    await panel(file('google-ads-july.csv', REPORT));
    const heads = within(table()).getAllByRole('columnheader').map((h) => h.textContent?.trim());
    expect(heads.filter((h) => /recommend/i.test(h ?? ''))).toEqual(['Recommended']);
    expect(heads).toContain('Alternative: threshold rule');
    // Brand stops at 1.3 x 1,550 = 2,015 because of the bound, and says so; whole euros, no cents.
    expect(row('Brand').textContent).toMatch(/€2,015/);
    expect(row('Brand').textContent).toMatch(/held at \+30 %: your upper bound/);
    expect(row('Display').textContent).toMatch(/held at −30 %: your lower bound/);
    for (const name of ['Brand', 'Generic', 'Display']) {
      const [current, recommended] = within(row(name)).getAllByRole('cell');
      expect(`${current.textContent} ${recommended.textContent}`).not.toMatch(/\.\d\d\b/);
    }
    // Generic: the rule cuts it 20 % (CPA 40 above the blended 28); the plan cuts it only 2.5 %, and says why.
    expect(row('Generic').textContent).toMatch(/cut to €2,976/);
    expect(screen.getByText(/Follow the Recommended column/)).toBeTruthy();
  });

  it('names both files and their channels when they share none', async () => {
    const spend = 'date,channel,spend\n2025-07-01,Bing,100\n2025-07-02,Print,50\n';
    await panel(file('other-spend.csv', spend), file('touches.csv', TOUCHES));
    expect(screen.getByRole('alert').textContent).toBe('No plan from other-spend.csv and touches.csv: no channel has both spend and credited results, ' +
      'so there is nothing to allocate (the spend names Bing, Print; the journeys credit Search, Social).');
  });

  it('says nothing about the period when spend and journeys both cover 1-31 July', async () => {
    await panel(file('spend.csv', SPEND), file('touches.csv', TOUCHES));
    expect(row('Search')).toBeTruthy();
    expect(screen.queryByText(/should cover the same period/)).toBeNull();
    expect(screen.queryByText(/R²|one-point/)).toBeNull();
  });
});
