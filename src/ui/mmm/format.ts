// Dates and numbers of the mix model's views: weeks as dates, whole amounts in tables, compact ticks on axes.
import { locale } from '../i18n/locale.svelte';

/** ms UTC of an ISO week's Monday (yyyy-mm-dd). */
export const weekMs = (week: string): number => Date.parse(`${week}T00:00:00Z`);

const COMPACT = { en: 'en-US', fi: 'fi-FI' } as const;

/** A whole number with grouped thousands in the UI's language: spend and responses in the hundreds of thousands need no cents. */
export const whole = (n: number): string => new Intl.NumberFormat(COMPACT[locale.lang], { maximumFractionDigits: 0 }).format(n);

/** A short axis tick in the UI's language: 15K, 1.2M (15 t., 1,2 milj.). */
export const tick = (n: number): string => new Intl.NumberFormat(COMPACT[locale.lang], { notation: 'compact', maximumFractionDigits: 1 }).format(n);

const MONEY = { en: 'en-GB', fi: 'fi-FI' } as const;
/** Whole money in a currency in the UI's language: €12,345 / 12 345 € (en-GB never writes a bare $: US$12,345). */
export const wholeMoney = (n: number, code: string): string =>
  new Intl.NumberFormat(MONEY[locale.lang], { style: 'currency', currency: code, minimumFractionDigits: 0, maximumFractionDigits: 0 }).format(n);
