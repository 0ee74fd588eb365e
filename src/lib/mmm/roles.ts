// Guessing each column's role in a wide marketing-mix table (one row per period) from its header and its values:
// Robyn's *_S / *_I / *_P, Meridian's *_spend / *_impression / *_control, PyMC-Marketing's y / x1, and Finnish
// headers (Liikevaihto, Myynti, Liidit, * kulut). Any other numeric column is a control, a 0/1 column an event.

export type MixRole = 'date' | 'geo' | 'outcome' | 'valuePerOutcome' | 'spend' | 'exposure' | 'control' | 'event' | 'ignore';

export interface MixColumn {
  /** The header as in the file. */
  name: string;
  role: MixRole;
  /** A spend column's channel name (the header without its spend marker). */
  channel?: string;
  /** Taken as spend only because no column had a spend marker. */
  bare?: true;
}

export type Cell = string | number | null | undefined;

const DATE = /^(date|time|week|date_?week|week_?start|ds|day|period|päivä|pvm|päivämäärä|viikko|aika|kausi|ajanjakso)$/i;
const GEO = /^(geo|region|dma|market|alue|maakunta|country|maa)$/i;
const OUTCOME = ['revenue', 'sales', 'conversions', 'conversion', 'leads', 'lead', 'orders', 'kpi', 'y', 'liikevaihto', 'myynti', 'liidit', 'konversiot', 'tilaukset', 'tulos'];
const OUTCOME_PART = /(revenue|sales|conversions|liikevaihto|myynti|liidit|konversiot)/i;
const VALUE_PER = /(_per_|per[ _](conversion|kpi|unit|lead)|revenue_per|arvo_per|keskiostos)/i;
const EXPOSURE = /(_I$|_P$|impression|impr\b|imps|click|reach|frequency|views|grp|näyttö|klik|tavoittavuus)/i;
const SPEND = /(_S$|_spend$|_cost$|^spend[ _]|^cost[ _]|[ _]spend$|[ _]cost$|[ _]kulut$|^kulut[ _]|mainoskulut|kustannus)/i;
const TIME_INDEX = /^(t|trend|index|idx|dayofyear|day_of_year|weekofyear|week_of_year|week_?number|month|year|quarter|weekday|kuukausi|vuosi)$/i;
const CONTROL = /(_control$|^competitor|_B$|price|hinta|kilpailija)/i;
const EVENT = /(event|holiday|promo|loma|pyhä|kampanja|tapahtuma)/i;
/** Channel-like names taken as spend only when no column has a spend marker. */
export const MEDIA_LIKE = /^(x\d+|media[ _]?\w*|channel[ _]?\w*|ch\d+|kanava[ _]?\w*)$/i;
const NA = /^(|na|n\/a|nan|null|none|-)$/i;

/** A time-index column (t, dayofyear, month...): the model has its own trend and season. */
export const isTimeIndex = (header: string): boolean => TIME_INDEX.test(header.trim());

/** A number from a parsed cell or a string ("1 234,56", "1234.5"); null for blanks and text. */
export function cellNumber(v: Cell): number | null {
  if (typeof v === 'number') return Number.isFinite(v) ? v : null;
  if (v === null || v === undefined) return null;
  let s = v.trim().replace(/[\s\u00a0\u202f]/g, '');
  if (NA.test(s)) return null;
  if (s.includes(',') && !s.includes('.')) s = s.replace(',', '.');
  else if (s.includes(',') && s.includes('.')) s = s.lastIndexOf(',') > s.lastIndexOf('.') ? s.replace(/\./g, '').replace(',', '.') : s.replace(/,/g, '');
  if (!/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(s)) return null;
  return Number(s);
}

/** A channel's name from its spend header: tv_S -> tv, Channel0_spend -> Channel0, Google kulut -> Google. */
export function channelName(header: string): string {
  const s = header.replace(/(_S|_spend|_cost|[ _]spend|[ _]cost|[ _]kulut)$/i, '').replace(/^(spend|cost|kulut)[ _]/i, '').trim();
  return s || header;
}

/** Each column's guessed role; the first date-like column is the date, the best-ranked outcome-like one the outcome. */
export function guessMixRoles(headers: readonly string[], rows: readonly (readonly Cell[])[]): MixColumn[] {
  const values = (i: number) => rows.map((r) => r[i]);
  const numeric = (i: number) => {
    const vs = values(i).filter((v) => !(v === null || v === undefined || (typeof v === 'string' && NA.test(v.trim()))));
    return vs.length > 0 && vs.filter((v) => cellNumber(v) !== null).length >= 0.75 * vs.length; // a few bad cells do not make a number column text
  };
  const binary = (i: number) => values(i).every((v) => { const x = cellNumber(v); return x === null || x === 0 || x === 1; });
  const cols: MixColumn[] = headers.map((h) => ({ name: h, role: 'ignore' }));
  const name = (i: number) => headers[i].trim();
  const dateAt = headers.findIndex((h) => DATE.test(h.trim()) || h.trim().toLowerCase().split(/[_ -]+/).includes('date'));
  if (dateAt >= 0) cols[dateAt].role = 'date';
  const rank = (i: number) => {
    const k = OUTCOME.indexOf(name(i).toLowerCase());
    if (k >= 0) return k;
    return OUTCOME_PART.test(name(i)) && !CONTROL.test(name(i)) && !VALUE_PER.test(name(i)) && !SPEND.test(name(i)) ? OUTCOME.length : Infinity;
  };
  let outcomeAt = -1;
  headers.forEach((_, i) => {
    if (i !== dateAt && numeric(i) && rank(i) < Infinity && (outcomeAt < 0 || rank(i) < rank(outcomeAt))) outcomeAt = i;
  });
  headers.forEach((_, i) => {
    if (i === dateAt) return;
    const h = name(i), c = cols[i];
    if (i === outcomeAt) c.role = 'outcome';
    else if (GEO.test(h)) c.role = 'geo';
    else if (!numeric(i)) c.role = EVENT.test(h) ? 'event' : 'ignore';
    else if (VALUE_PER.test(h)) c.role = 'valuePerOutcome';
    else if (rank(i) < Infinity) c.role = 'ignore'; // a second outcome would explain the first: never a control
    else if (EXPOSURE.test(h)) c.role = 'exposure';
    else if (SPEND.test(h)) { c.role = 'spend'; c.channel = channelName(h); }
    else if (TIME_INDEX.test(h)) c.role = 'ignore';
    else if (CONTROL.test(h)) c.role = 'control';
    else c.role = binary(i) || EVENT.test(h) ? 'event' : 'control';
  });
  if (outcomeAt >= 0 && !cols.some((c) => c.role === 'spend')) {
    // No spend marker anywhere (PyMC-Marketing's x1, x2): bare media-like names are the channels.
    cols.forEach((c, i) => { if (c.role === 'control' && MEDIA_LIKE.test(name(i))) { c.role = 'spend'; c.channel = name(i); c.bare = true; } });
  }
  return cols;
}
