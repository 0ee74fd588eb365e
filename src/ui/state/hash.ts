// Settings (never data) in the URL hash, so a link reopens the same view: "#tab=attribution&attr.level=campaign&custom=...".

/** The hash's settings. */
export function readHash(): URLSearchParams {
  return new URLSearchParams(location.hash.replace(/^#/, ''));
}

/** Sets (or with null removes) settings without adding a history entry. */
export function writeHashEntries(entries: Readonly<Record<string, string | null>>): void {
  const params = readHash();
  for (const [key, value] of Object.entries(entries)) {
    if (value === null) params.delete(key);
    else params.set(key, value);
  }
  const hash = params.toString();
  history.replaceState(null, '', hash ? `#${hash}` : location.pathname + location.search);
}

/** Sets (or with null removes) one setting without adding a history entry. */
export function writeHash(key: string, value: string | null): void {
  writeHashEntries({ [key]: value });
}
