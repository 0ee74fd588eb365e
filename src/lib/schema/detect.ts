// Guesses a file's kind and column mapping from its header and column types; checks a mapping.

import type { ColumnFormat, ColumnRole, DatasetKind, Mapping } from '../types';
import { EXACT, headerTokens, matchScore } from './match';
import { normalizeHeader } from './normalize';
import { msg, type Msg } from '../messages';
import { repeatableRole, requirements, roleFits, rolesForKind } from './roles';

export { requiredRoles, rolesForKind } from './roles';

const KINDS: readonly DatasetKind[] = [
  'touchpoints', 'paths', 'experiment', 'experiment_users', 'spend', 'deals', 'customers', 'nps', 'forecast',
];

interface Assignment {
  mapping: Mapping;
  /** Match score of each column's role (0 for 'ignore'). */
  scores: number[];
}

/** Greedy best-first assignment: each role at most once, each column at most one role. */
function assign(kind: DatasetKind, words: readonly string[][], formats: readonly ColumnFormat[]): Assignment {
  const roles = rolesForKind(kind).filter((r) => r !== 'ignore');
  const pairs: { col: number; role: ColumnRole; rank: number; score: number }[] = [];
  words.forEach((w, col) => {
    roles.forEach((role, rank) => {
      // A type that does not fit keeps an exact header match at half weight: then the bad cells become
      // row problems the user sees, instead of the column silently dropping out of the mapping.
      const match = matchScore(w, role, kind);
      const score = roleFits(role, formats[col]) ? match : match >= 2.5 ? match / 2 : 0;
      if (score > 0) pairs.push({ col, role, rank, score });
    });
  });
  pairs.sort((a, b) => b.score - a.score || a.col - b.col || a.rank - b.rank);
  const mapping: Mapping = words.map(() => 'ignore');
  const scores = words.map(() => 0);
  const used = new Set<ColumnRole>();
  for (const p of pairs) {
    if (mapping[p.col] !== 'ignore' || (used.has(p.role) && !repeatableRole(kind, p.role))) continue;
    mapping[p.col] = p.role;
    scores[p.col] = p.score;
    used.add(p.role);
  }
  if (kind === 'experiment_users') outcomeColumns(words, formats, mapping, scores);
  return { mapping, scores };
}

/** Scores of outcome columns known only by their values: low, so they decide no contest between kinds alone. */
const FLAG_OUTCOME = 0.5, NUMBER_OUTCOME = 0.3;
/** Headers that name an id, a key or a row number (a pandas index is `Unnamed: 0` or empty): never a metric. */
const NOT_A_METRIC = /^(?:$|unnamed\b)|(?:^|\s|_)(?:id|key|index|number|nr|no|order|row|seq|sequence|rank|position)$/

/**
 * A per-user test file's other columns are its outcomes: every flag (TRUE/FALSE, yes/no, kyllä/ei, 1/0) a
 * conversion metric, every number a value metric (`retention_1`, `sum_gamerounds`). Fills `mapping` in place.
 */
function outcomeColumns(words: readonly string[][], formats: readonly ColumnFormat[], mapping: Mapping, scores: number[]): void {
  mapping.forEach((role, col) => {
    const type = formats[col]?.type;
    if (role !== 'ignore' || NOT_A_METRIC.test(words[col].join(' '))) return;
    if (type === 'boolean') { mapping[col] = 'converted'; scores[col] = FLAG_OUTCOME; }
    else if (type === 'number') { mapping[col] = 'revenue'; scores[col] = NUMBER_OUTCOME; }
  });
}

/** Best score per requirement, or null when one requirement is not met. */
function requirementScores(kind: DatasetKind, a: Assignment): number[] | null {
  const out: number[] = [];
  for (const req of requirements(kind)) {
    let best = 0;
    a.mapping.forEach((role, col) => {
      if (req.roles.includes(role)) best = Math.max(best, a.scores[col]);
    });
    if (best === 0) return null;
    out.push(best);
  }
  return out;
}

/** The best mapping of these columns for a kind the user chose. */
export function suggestMapping(kind: DatasetKind, header: string[], formats: ColumnFormat[]): Mapping {
  return assign(kind, header.map(headerTokens), formats).mapping;
}

/**
 * Guesses the dataset kind: every kind whose required roles are all present competes, scored by
 * twice its required matches plus its other matches (so `user_id,variant,converted` is
 * experiment_users, not touchpoints). 'unknown' with an all-'ignore' mapping when no kind qualifies.
 * Confidence (0..1) mixes how exact the required matches are, the share of columns mapped,
 * and the margin over the runner-up kind.
 */
export function detectKind(
  header: string[],
  formats: ColumnFormat[],
): { kind: DatasetKind; mapping: Mapping; confidence: number } {
  const words = header.map(headerTokens);
  const ranked: { kind: DatasetKind; a: Assignment; req: number[]; score: number }[] = [];
  for (const kind of KINDS) {
    const a = assign(kind, words, formats);
    const req = requirementScores(kind, a);
    if (!req) continue;
    const total = a.scores.reduce((s, x) => s + x, 0);
    const reqSum = req.reduce((s, x) => s + x, 0);
    ranked.push({ kind, a, req, score: total + reqSum });
  }
  if (ranked.length === 0) return { kind: 'unknown', mapping: header.map(() => 'ignore'), confidence: 0 };
  ranked.sort((x, y) => y.score - x.score);
  const best = ranked[0];
  const exactness = best.req.reduce((s, x) => s + Math.min(1, x / EXACT), 0) / best.req.length;
  const mapped = best.a.mapping.filter((r) => r !== 'ignore').length / header.length;
  const margin = ranked.length > 1 ? 1 - ranked[1].score / best.score : 1;
  const confidence = 0.6 * exactness + 0.2 * mapped + 0.2 * margin;
  return { kind: best.kind, mapping: best.a.mapping, confidence: Math.round(confidence * 100) / 100 };
}

/** Null when the mapping can be loaded as this kind, else one plain sentence that says what to do. */
export function mappingProblem(kind: DatasetKind, header: string[], mapping: Mapping): Msg | null {
  if (mapping.length !== header.length) {
    throw new Error(`mappingProblem: the mapping has ${mapping.length} roles for ${header.length} columns`);
  }
  if (kind === 'unknown') {
    return msg('mapping.unknown', {});
  }
  const allowed = rolesForKind(kind);
  for (let c = 0; c < mapping.length; c++) {
    const role = mapping[c];
    if (role === 'ignore') continue;
    if (!allowed.includes(role)) {
      return msg('mapping.roleNotAllowed', { column: header[c], role });
    }
    const other = mapping.indexOf(role, c + 1);
    if (other >= 0 && !repeatableRole(kind, role)) {
      return msg('mapping.roleTwice', { first: header[c], second: header[other], role });
    }
  }
  for (const req of requirements(kind)) {
    if (!mapping.some((role) => req.roles.includes(role))) {
      return msg('mapping.missing', { label: req.label, roles: [...req.roles] });
    }
  }
  return null;
}

/** A stable key for remembering a mapping across files with the same headers. */
export function headerKey(header: string[]): string {
  return header.map(normalizeHeader).join('|');
}
