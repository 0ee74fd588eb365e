// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/svelte';
import KpiCard from '../../src/ui/kpi/KpiCard.svelte';
import { computeKpis } from '../../src/lib/kpi/compute';
import { locale } from '../../src/ui/i18n/locale.svelte';
import type { SpendRow } from '../../src/lib/types';
import { day, funnelSet } from '../lib/kpi/fixtures';

const SPEND: SpendRow[] = [
  { channel: 'LinkedIn', time: day(0, 10), spend: 300 },
  { channel: 'Email', time: day(0, 20), spend: 50 },
];
const report = () => computeKpis({ journeys: funnelSet(), spend: SPEND }, { period: 'month' });
const noop = () => {};

afterEach(() => locale.set('en'));

describe('KpiCard', () => {
  it('names what channel means and lists the KPI\'s warnings', () => {
    render(KpiCard, { kpi: report().kpis.cpl!, ongoal: noop, onlimit: noop, onunpin: noop });
    expect(screen.getByText('Channel: the lead touch\'s')).toBeTruthy();
    const list = screen.getByRole('list', { name: 'Warnings: Cost per lead (CPL)' });
    expect(list.textContent).toBe('Spend without leads: Email (no CPL for it)');
  });

  it('says them in Finnish', () => {
    locale.set('fi');
    render(KpiCard, { kpi: report().kpis.cpa!, ongoal: noop, onlimit: noop, onunpin: noop });
    expect(screen.getByText('Kanava: kaupan lähde (muuten liidin)')).toBeTruthy();
    expect(screen.getAllByRole('listitem')[0].textContent).toBe('Kuluja ilman voitettuja kauppoja: Email (ei CPA:ta)');
    expect(screen.getAllByRole('listitem')[1].textContent).toMatch(/^Liidikohortit liian nuoria arvioitaviksi: 2025-01, 2025-02/);
  });

  it('shows no meaning and no warnings where there are none', () => {
    render(KpiCard, { kpi: report().kpis.spend!, ongoal: noop, onlimit: noop, onunpin: noop });
    expect(screen.queryByText(/^Channel:/)).toBeNull();
    expect(screen.queryByRole('list')).toBeNull();
  });
});
