// Dates of the mix model's weeks for charts and footers.

/** ms UTC of an ISO week's Monday (yyyy-mm-dd). */
export const weekMs = (week: string): number => Date.parse(`${week}T00:00:00Z`);
