// Scores how well one header names one role, from the synonym table.

import type { ColumnRole, DatasetKind } from '../types';
import { headerWords, normalizeHeader } from './normalize';
import { NOT_FOR_KIND, SYNONYMS, type MappedRole } from './synonyms';

/** Score of an exact match (same words, or the same letters without spaces: `ContactID`). */
export const EXACT = 3;
/** A contains-match must cover at least this share of the header's words. */
const MIN_COVERAGE = 0.5;
/** Synonyms shorter than this (`id`, `n`, `kk`) only match exactly. */
const MIN_CONTAINS_LENGTH = 3;
/** Earlier synonyms win ties: each place in the list costs this much. */
const RANK_STEP = 0.001;

interface Synonym {
  words: string[];
  key: string;
  compact: string;
}

function prepare(s: string): Synonym {
  const words = headerWords(normalizeHeader(s));
  return { words, key: words.join(' '), compact: words.join('') };
}

const PREPARED = new Map<ColumnRole, Synonym[]>(
  (Object.keys(SYNONYMS) as MappedRole[]).map((role) => [role, SYNONYMS[role].map(prepare)]),
);

/** `kind:role` -> keys of the synonyms that kind rules out (see NOT_FOR_KIND). */
const EXCLUDED = new Map<string, Set<string>>();
for (const [kind, roles] of Object.entries(NOT_FOR_KIND)) {
  for (const [role, list] of Object.entries(roles ?? {})) {
    EXCLUDED.set(`${kind}:${role}`, new Set((list ?? []).map((x) => prepare(x).key)));
  }
}

/** The words of a header, ready for `matchScore`. */
export function headerTokens(header: string): string[] {
  return headerWords(normalizeHeader(header));
}

function containsRun(words: readonly string[], run: readonly string[]): boolean {
  outer: for (let i = 0; i + run.length <= words.length; i++) {
    for (let j = 0; j < run.length; j++) if (words[i + j] !== run[j]) continue outer;
    return true;
  }
  return false;
}

/**
 * How well a header (as words) names a role: about 3 for an exact synonym, between 1.5 and 2 when a
 * synonym's words appear in the header and cover at least half of it, 0 otherwise. With a kind, the
 * synonyms that kind rules out are skipped.
 */
export function matchScore(words: readonly string[], role: ColumnRole, kind?: DatasetKind): number {
  const synonyms = PREPARED.get(role);
  if (!synonyms || words.length === 0) return 0;
  const key = words.join(' ');
  const compact = words.join('');
  const skip = kind === undefined ? undefined : EXCLUDED.get(`${kind}:${role}`);
  let best = 0;
  for (let i = 0; i < synonyms.length; i++) {
    const s = synonyms[i];
    if (skip?.has(s.key)) continue;
    let score = 0;
    if (s.key === key || s.compact === compact) score = EXACT;
    else if (s.compact.length >= MIN_CONTAINS_LENGTH && containsRun(words, s.words)) {
      const coverage = s.words.length / words.length;
      if (coverage >= MIN_COVERAGE) score = 1 + coverage;
    }
    if (score > 0) best = Math.max(best, score - i * RANK_STEP);
  }
  return best;
}
