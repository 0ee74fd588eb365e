// Marketing-mix model: read a wide weekly table, fit outcome = baseline + sum of adstocked, saturated media, say what
// it tells, and turn its curves into a budget through the exact optimiser of ../budget.
export * from './types';
export { buildMixTable, cellDate, mondayOf, type WideTable, type MixRead } from './table';
export { guessMixRoles, cellNumber, channelName, type MixRole, type MixColumn, type Cell } from './roles';
export { fitMmm, checkTable, holdoutSize } from './fit';
export { allocateMmm, pointCurves, drawCurves, defaultMmmAllocationOptions, type MmmAllocation, type MmmAllocationChannel, type MmmAllocationOptions, type MmmBudgetMode } from './allocate';
export { modelResponse } from './response';
export { adstock, steadyCurve, halfLife } from './transform';
export { mmmMessages, mmmMsg, mmmEnglish, type MmmMsg, type MmmMsgKey } from './messages';
export { curvePoints, type CurvePoints } from './curves';
