/** Date cells: the per-column layout vote and the per-cell reader. */
export { detectDateFormat } from './date-detect';
export { parseDate } from './date-parse';
