// The workspace currency: what money is in where a file does not say (kept in localStorage: a setting, never data).
const KEY = 'mittari.currency';

/** The currencies offered; a file may state any ISO code. */
export const CURRENCIES = ['EUR', 'USD', 'GBP', 'SEK', 'NOK', 'DKK', 'CHF'] as const;

function load(): string {
  try {
    const c = localStorage.getItem(KEY);
    if (c && /^[A-Z]{3}$/.test(c)) return c;
  } catch {
    // Storage disabled: the default.
  }
  return 'EUR';
}

class WorkspaceCurrency {
  #code = $state(load());

  get code(): string {
    return this.#code;
  }

  set code(c: string) {
    if (!/^[A-Z]{3}$/.test(c)) return;
    this.#code = c;
    try {
      localStorage.setItem(KEY, c);
    } catch {
      // Storage disabled: for this visit.
    }
  }
}

export const workspaceCurrency = new WorkspaceCurrency();
