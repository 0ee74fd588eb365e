// Saved custom-weight presets, by name, in localStorage (encoded with lib/attribution/preset).
const KEY = 'mittari.presets.v1';

export function loadPresets(): Record<string, string> {
  try {
    return JSON.parse(localStorage.getItem(KEY) ?? '{}') as Record<string, string>;
  } catch {
    return {};
  }
}

export function savePreset(name: string, encoded: string): Record<string, string> {
  const all = { ...loadPresets(), [name]: encoded };
  try {
    localStorage.setItem(KEY, JSON.stringify(all));
  } catch {
    // Storage full or disabled: the preset still lives in the URL hash.
  }
  return all;
}
