// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { flushSync } from 'svelte';
import { fireEvent, render, screen } from '@testing-library/svelte';
import FileDrop from '../../src/ui/controls/FileDrop.svelte';
import LanguageSwitch from '../../src/ui/controls/LanguageSwitch.svelte';
import { Locale, initialLang, locale } from '../../src/ui/i18n/locale.svelte';
import { en } from '../../src/ui/i18n/en';
import { fi } from '../../src/ui/i18n/fi';

// The per-view files, assembled by spreading: a top-level key in two files would silently override the other.
const enParts = import.meta.glob<Record<string, object>>('../../src/ui/i18n/en/*.ts', { eager: true });
const fiParts = import.meta.glob<Record<string, object>>('../../src/ui/i18n/fi/*.ts', { eager: true });

const NBSP = '\u00a0';
const MINUS = '\u2212';

/** Same in both languages on purpose: abbreviations, product and method names, formats. */
const SAME = new Set(['OK', 'NPS', 'MQL', 'SQL', 'KPI', 'Markov', 'Shapley', 'ISO 8601', 'MQL → SQL']);

/** Every leaf of a message tree as [path, value], functions called with placeholder arguments. */
function leaves(node: unknown, path = ''): [string, string][] {
  if (typeof node === 'string') return [[path, node]];
  if (typeof node === 'function') return [[path, String((node as (...a: unknown[]) => unknown)(...Array.from({ length: node.length }, () => 2)))]];
  return Object.entries(node as object).flatMap(([k, v]) => leaves(v, path ? `${path}.${k}` : k));
}

afterEach(() => locale.set('en'));

describe('i18n', () => {
  it('the language switch changes the visible text', async () => {
    render(FileDrop, { onfiles: () => {}, onexample: () => {} });
    render(LanguageSwitch);
    expect(screen.getByRole('button', { name: 'Load example data' })).toBeTruthy();
    await fireEvent.click(screen.getByRole('button', { name: 'Suomi' }));
    expect(screen.getByRole('button', { name: 'Lataa esimerkkiaineisto' })).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Pudota CSV-tiedostot tähän' })).toBeTruthy();
    expect(document.documentElement.lang).toBe('fi');
    expect(localStorage.getItem('mittari.lang')).toBe('fi');
    await fireEvent.click(screen.getByRole('button', { name: 'English' }));
    flushSync();
    expect(screen.getByRole('button', { name: 'Load example data' })).toBeTruthy();
    expect(document.documentElement.lang).toBe('en');
  });

  it('defaults to Finnish for fi* browsers and English otherwise; a saved choice wins', () => {
    expect(initialLang(null, 'fi-FI')).toBe('fi');
    expect(initialLang(null, 'fi')).toBe('fi');
    expect(initialLang(null, 'en-US')).toBe('en');
    expect(initialLang(null, 'sv-FI')).toBe('en');
    expect(initialLang(null, undefined)).toBe('en');
    expect(initialLang('en', 'fi-FI')).toBe('en');
    expect(initialLang('fi', 'en-US')).toBe('fi');
    expect(initialLang('de', 'fi-FI')).toBe('fi');
  });

  it('fi.ts has every key of en.ts, and no Finnish text is empty or left in English', () => {
    const english = new Map(leaves(en));
    const finnish = new Map(leaves(fi));
    expect([...finnish.keys()].sort()).toEqual([...english.keys()].sort());
    // Empty only where English is empty on purpose too (a channel inside its bounds gets no badge).
    const empty = [...finnish].filter(([k, v]) => v.trim() === '' && english.get(k)?.trim() !== '').map(([k]) => k);
    expect(empty).toEqual([]);
    const untranslated = [...finnish].filter(([k, v]) => v === english.get(k) && v !== '' && !SAME.has(v)).map(([k]) => k);
    expect(untranslated).toEqual([]);
  });

  it('the per-view message files have disjoint top-level keys and the same files in both languages', () => {
    const keys = (parts: Record<string, Record<string, object>>) =>
      Object.entries(parts).map(([file, mod]) => [file.split('/').at(-1), Object.values(mod).flatMap((m) => Object.keys(m))] as const);
    const english = keys(enParts);
    expect(keys(fiParts)).toEqual(english);
    const all = english.flatMap(([, k]) => k);
    expect(new Set(all).size).toBe(all.length);
    expect(all.sort()).toEqual(Object.keys(en).sort());
  });

  it('formats Finnish numbers, money, percents and dates with the characters Intl uses', () => {
    const f = new Locale('fi');
    expect(f.formatMoney(1234.56)).toBe(`1${NBSP}234,56${NBSP}€`);
    expect(f.formatInt(-12345)).toBe(`${MINUS}12${NBSP}345`);
    expect(f.formatNumber(12.345)).toBe('12,3');
    expect(f.formatPercent(0.1234)).toBe(`12,3${NBSP}%`);
    expect(f.formatFixed(1.5, 2)).toBe('1,50');
    expect(f.formatDate(Date.UTC(2025, 0, 31))).toBe('31.1.2025');
    expect(f.formatBytes(1.5 * 1024 * 1024)).toBe('1,5 Mt');
  });

  it('keeps the English formats exactly as before', () => {
    const e = new Locale('en');
    expect(e.formatMoney(1234.56)).toBe('1,234.56');
    expect(e.formatInt(-12345)).toBe('-12,345');
    expect(e.formatPercent(0.1234)).toBe('12.3%');
    expect(e.formatFixed(1.5, 2)).toBe('1.50');
    expect(e.formatDate(Date.UTC(2025, 0, 31))).toBe('2025-01-31');
  });
});

describe('one name per role option (issue 14, part 8)', () => {
  it('calls the mapper\'s "not used" option by its own name in the mapping sentences, in both languages', async () => {
    const { msg } = await import('../../src/lib/messages');
    const twice = msg('mapping.roleTwice', { first: 'a', second: 'b', role: 'channel' });
    const l = new Locale();
    l.set('en');
    expect(l.say(twice)).toContain(`"${en.codes.roles.ignore}"`);
    l.set('fi');
    expect(l.say(twice)).toContain(`”${fi.codes.roles.ignore}”`);
  });
});
