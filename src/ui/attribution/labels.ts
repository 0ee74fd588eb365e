// Names and one-line explanations of the attribution models, for tables, charts and help text.
import type { ModelName } from '../../lib/attribution/types';

export const MODEL_LABELS: Record<ModelName, string> = {
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

export const MODEL_HELP: Record<ModelName, string> = {
  first: 'All credit to the first touch.',
  last: 'All credit to the last touch before the conversion.',
  last_non_direct: 'All credit to the last touch that is not Direct.',
  linear: 'Equal credit to every touch.',
  position: '40% first, 40% last, 20% shared by the touches between.',
  j_shaped: '20% first, 60% last, 20% shared by the middle.',
  inverse_j: '60% first, 20% last, 20% shared by the middle.',
  time_decay: 'Touches closer to the conversion count more; the weight halves every half-life.',
  w_shaped: '30% each to the first, lead and opportunity touches, 10% shared by the rest.',
  full_path: '22.5% each to first, lead, opportunity and last touch, 10% shared by the rest.',
  custom: 'Your own weights for first, middle and last touches and for each touchpoint type.',
  markov: 'Data-driven: how much the conversion probability drops when the channel is removed (exact Markov chain).',
  shapley: "Data-driven: each conversion split equally over the journey's distinct channels (Shapley value).",
};
