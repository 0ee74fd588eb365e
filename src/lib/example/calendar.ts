// The example firm's calendar: Kassavirta Oy, a Finnish B2B SaaS for financial management, Jan–Jun 2025.

export const DAY = 86_400_000;
export const HOUR = 3_600_000;
export const START = Date.UTC(2025, 0, 1);
/** Last moment of the example period. */
export const END = Date.UTC(2025, 5, 30, 23, 59, 59);

/** Monthly webinars at 08:00 UTC (10:00 in Helsinki). */
export const WEBINARS: readonly { time: number; name: string }[] = [
  { time: Date.UTC(2025, 0, 22, 8), name: 'Webinaari: Kassavirran ennustaminen' },
  { time: Date.UTC(2025, 1, 12, 8), name: 'Webinaari: Kuukausisulku kahdessa päivässä' },
  { time: Date.UTC(2025, 2, 12, 8), name: 'Webinaari: E-laskutus 2025' },
  { time: Date.UTC(2025, 3, 9, 8), name: 'Webinaari: Taloushallinnon automaatio' },
  { time: Date.UTC(2025, 4, 14, 8), name: 'Webinaari: Raportointi johtoryhmälle' },
  { time: Date.UTC(2025, 5, 11, 8), name: 'Webinaari: Budjetointi ilman Exceliä' },
];

/** Two-day trade shows; the first day's 07:00 UTC. */
export const TRADE_SHOWS: readonly { time: number; name: string }[] = [
  { time: Date.UTC(2025, 2, 19, 7), name: 'Talousjohtajapäivät 2025' },
  { time: Date.UTC(2025, 4, 21, 7), name: 'Digitaalinen taloushallinto -messut 2025' },
];

/** ISO timestamp without milliseconds: 2025-01-31T14:05:00Z. */
export function isoTime(ms: number): string {
  return new Date(ms).toISOString().slice(0, 19) + 'Z';
}

/** ISO date: 2025-01-31. */
export function isoDate(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** Week start dates (Mondays) of ISO weeks 2025-W01..W26: 2024-12-30 .. 2025-06-23. */
export function weekStarts(): number[] {
  const first = Date.UTC(2024, 11, 30);
  return Array.from({ length: 26 }, (_, i) => first + i * 7 * DAY);
}

/** The start of the UTC day of a time. */
export function dayStart(ms: number): number {
  return Math.floor(ms / DAY) * DAY;
}
