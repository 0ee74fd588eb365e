// Rune state of the review log (issue 15): the scorecards kept for management reviews, the review rhythm, and the
// meeting's comments and note while they are being written. Kept in localStorage with the KPI settings (small text,
// never data); "Forget all data" clears it.
import { keepReview, nextReview, type Review, type Rhythm, type ScorecardRow } from '../../lib/kpi/scorecard';
import type { KpiName } from '../../lib/kpi/types';

const KEY = 'mittari.reviews.v1';
const RHYTHMS: readonly Rhythm[] = ['week', 'month', 'quarter'];

interface Saved {
  reviews: Review[];
  rhythm: Rhythm;
  comments: Partial<Record<KpiName, string>>;
  note: string;
}

/** Today in the user's time zone, yyyy-mm-dd: the day of the meeting. */
export function today(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** A saved review, or null when it is not one (a hand-edited or older entry is left out, not thrown on). */
function reviewOf(r: unknown): Review | null {
  if (!r || typeof r !== 'object') return null;
  const { id, date, rows, note, currency } = r as Partial<Review>;
  if (typeof id !== 'string' || typeof date !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(date) || !Array.isArray(rows)) return null;
  return { id, date, rows, note: typeof note === 'string' ? note : '', currency: typeof currency === 'string' ? currency : 'EUR' };
}

function load(): Saved {
  const fresh: Saved = { reviews: [], rhythm: 'month', comments: {}, note: '' };
  try {
    const s = JSON.parse(localStorage.getItem(KEY) ?? 'null') as Partial<Saved> | null;
    if (!s || typeof s !== 'object') return fresh;
    return {
      reviews: (Array.isArray(s.reviews) ? s.reviews : []).flatMap((r) => reviewOf(r) ?? []),
      rhythm: RHYTHMS.includes(s.rhythm as Rhythm) ? (s.rhythm as Rhythm) : 'month',
      comments: s.comments && typeof s.comments === 'object' ? s.comments : {},
      note: typeof s.note === 'string' ? s.note : '',
    };
  } catch {
    return fresh; // unreadable: start fresh
  }
}

export class ReviewsState {
  /** Kept reviews, oldest first. */
  reviews = $state<Review[]>([]);
  rhythm = $state<Rhythm>('month');
  /** The meeting's comment per KPI, until the review is kept. */
  comments = $state<Partial<Record<KpiName, string>>>({});
  /** What we learned and what we will do, until the review is kept. */
  note = $state('');
  /** The review shown read-only, by id. */
  opened = $state<string | null>(null);

  constructor() {
    const s = load();
    this.reviews = s.reviews;
    this.rhythm = s.rhythm;
    this.comments = s.comments;
    this.note = s.note;
  }

  /** The latest review, or null before the first. */
  get last(): Review | null {
    return this.reviews.at(-1) ?? null;
  }

  /** When the next review is due (yyyy-mm-dd): a rhythm after the last one; null before the first. */
  get next(): string | null {
    const last = this.last;
    return last ? nextReview(last.date, this.rhythm) : null;
  }

  get shown(): Review | null {
    return this.reviews.find((r) => r.id === this.opened) ?? null;
  }

  /** Keeps the scorecard with today's comments and note, and starts the next meeting's empty. */
  keep(rows: readonly ScorecardRow[], currency: string, date = today()): Review {
    const comments = new Map(Object.entries($state.snapshot(this.comments)) as [KpiName, string][]);
    const review = keepReview(rows, comments, this.note, date, currency, this.reviews.map((r) => r.id));
    this.reviews = [...this.reviews, review];
    this.comments = {};
    this.note = '';
    this.save();
    return review;
  }

  remove(id: string): void {
    this.reviews = this.reviews.filter((r) => r.id !== id);
    if (this.opened === id) this.opened = null;
    this.save();
  }

  save(): void {
    try {
      const saved: Saved = { reviews: $state.snapshot(this.reviews), rhythm: this.rhythm, comments: $state.snapshot(this.comments), note: this.note };
      localStorage.setItem(KEY, JSON.stringify(saved));
    } catch {
      // Storage disabled or full: the log lasts for this visit.
    }
  }

  /** No reviews, no drafts, nothing kept in storage ("Forget all data"). */
  forget(): void {
    this.reviews = [];
    this.rhythm = 'month';
    this.comments = {};
    this.note = '';
    this.opened = null;
    try {
      localStorage.removeItem(KEY);
    } catch {
      // Storage disabled: nothing kept.
    }
  }
}
