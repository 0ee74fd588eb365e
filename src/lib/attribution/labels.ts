// The attribution models' names in English: the engine's sentences and the English UI use the same ones.
// No import, not even of ModelName: messages.ts uses these names, and types.ts reaches messages.ts (test/lib/architecture).
export const MODEL_LABELS: Readonly<Record<string, string>> = {
  first: 'First touch',
  last: 'Last touch',
  last_non_direct: 'Last non-direct',
  linear: 'Linear',
  position: 'Position (U)',
  j_shaped: 'J-shaped',
  inverse_j: 'Inverse J',
  time_decay: 'Time decay',
  w_shaped: 'W-shaped',
  full_path: 'Full path (Z)',
  custom: 'Custom',
  markov: 'Markov',
  shapley: 'Shapley',
};
