// Budget: response curves, the optimiser and its modes, threshold rules, robustness across models, scenarios.
export * from './response';
export * from './curve';
export * from './fit';
export * from './allocate';
export * from './targets';
export * from './rules';
export * from './robust';
export * from './robust-data';
export * from './scenario';
