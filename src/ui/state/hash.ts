// Settings (never data) in the URL hash, so a link reopens the same view: "#tab=attribution&custom=first=40,...".

/** The hash's settings. */
export function readHash(): URLSearchParams {
  return new URLSearchParams(location.hash.replace(/^#/, ''));
}

/** Sets (or with null removes) one setting without adding a history entry. */
export function writeHash(key: string, value: string | null): void {
  const params = readHash();
  if (value === null) params.delete(key);
  else params.set(key, value);
  const hash = params.toString();
  history.replaceState(null, '', hash ? `#${hash}` : location.pathname + location.search);
}
