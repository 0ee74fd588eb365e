// Requests to the worker can overlap (a test chosen while another runs, a file loaded mid-run). Only the newest
// may write its answer: an older answer that arrives late would show results for settings no longer on screen.

export class Latest {
  #n = 0;

  /** Starts a request; the returned check says whether it is still the newest. */
  begin(): () => boolean {
    const n = ++this.#n;
    return () => n === this.#n;
  }

  /** Makes every request in flight stale (its data changed). */
  drop(): void {
    this.#n++;
  }
}
