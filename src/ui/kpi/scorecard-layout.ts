// The scorecard slide's rows and the room they leave for a meeting comment: shared by the slide that draws it and the
// field where the comment is typed, so the field takes no more than the slide shows.

/** The room a slide leaves for its body under a one-line title and a two-line finding, in SVG units. */
export const ROOM = 360;
/** The column headings' band. */
export const HEAD = 24;
/** A comment wraps at this many characters a line. */
export const COMMENT_WIDTH = 28;

/** A row's height with `n` KPIs pinned. */
export const rowHeight = (n: number): number => Math.min(84, Math.floor((ROOM - HEAD) / Math.max(1, n)));

/** How many lines of comment a row has room for under the alert. */
export const commentLines = (n: number): number => (rowHeight(n) > 70 ? 3 : 2);

/**
 * The longest comment the field takes with `n` KPIs pinned: lines × width, less 4 characters a line for the words
 * that wrap early. Longer text (a long word) is still cut with "…" on the slide.
 */
export const commentMax = (n: number): number => commentLines(n) * (COMMENT_WIDTH - 4);
