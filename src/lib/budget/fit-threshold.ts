// When a weekly fit replaces the one-point curve: its own module, so the UI can say the threshold (a finding) without
// importing the budget view's code.

/** Below this share of weekly variation explained, a fit is noise: the one-point curve is the honester guess. */
export const MIN_FIT_R2 = 0.25;
