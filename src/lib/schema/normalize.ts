// Header normalisation: the one place that decides when two column names mean the same text.

/** Letters NFD does not decompose into base + mark. */
const SPECIAL_LETTERS: Record<string, string> = {
  ß: 'ss',
  æ: 'ae',
  ø: 'o',
  œ: 'oe',
  ł: 'l',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ı: 'i',
};

/** Hyphen, non-breaking hyphen, figure dash, en dash, em dash, horizontal bar, minus sign. */
const DASHES = /[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/g;

/** Bracketed tails such as `(EUR)`, `(in UTC)`, `[%]`: currencies and units, not meaning. */
const BRACKETED = /\([^()]*\)|\[[^[\]]*\]/g;

/**
 * Normalises a column header for matching: lowercase, diacritics folded (ä→a, ö→o, å→a, č→c),
 * every dash unified to `-`, bracketed currencies/units removed, punctuation removed,
 * whitespace collapsed. `Amount spent (EUR)` → `amount spent`; `Deal – Won time` → `deal - won time`;
 * `Impr.` → `impr`; `user_pseudo_id` keeps its underscores.
 */
export function normalizeHeader(h: string): string {
  let s = h.replace(/^\uFEFF/, '').toLowerCase();
  const stripped = s.replace(BRACKETED, ' ');
  // A header that is only a bracketed text, e.g. `(none)`, keeps its content.
  if (/[\p{L}\p{N}]/u.test(stripped)) s = stripped;
  s = s
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[ßæøœłđðþı]/g, (c) => SPECIAL_LETTERS[c] ?? c)
    .replace(DASHES, '-')
    // Everything that is not a letter, digit, underscore or dash is a word break.
    .replace(/[^\p{L}\p{N}_-]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return s;
}

/**
 * Splits a normalised header into words, treating `_`, `-` and spaces alike, so that
 * `deal - id`, `deal_id` and `deal id` compare equal.
 */
export function headerWords(normalized: string): string[] {
  return normalized.split(/[\s_-]+/).filter((w) => w.length > 0);
}
