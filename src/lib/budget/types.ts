// The budget scenario: what the UI saves and the CLI solves (its modes, channels and curves), and its solution in
// the output contract. Types only, plus the one list of modes.
import type { Msg } from '../messages';
import type { AllocationStatus, BoundSide } from './allocate';
import type { HillCurve } from './response';

export type ScenarioMode = 'max_response' | 'target_mroi' | 'target_roas';
/** Every mode, in the order the UI offers them. */
export const SCENARIO_MODES: readonly ScenarioMode[] = ['max_response', 'target_mroi', 'target_roas'];

export interface ScenarioChannel {
  name: string;
  currentSpend: number;
  curve: HillCurve;
  /** Bounds in money, or as ratios of current spend; absolute wins. Default 0 to the total budget (no maximum without one). */
  min?: number;
  max?: number;
  minRatio?: number;
  maxRatio?: number;
}

export interface Scenario {
  mode: ScenarioMode;
  /** max_response: the budget to place (default: the current total); target modes: the default maximum per channel. */
  totalBudget?: number;
  targetMroi?: number;
  targetRoas?: number;
  channels: ScenarioChannel[];
}

export interface ScenarioChannelResult {
  name: string;
  currentSpend: number;
  recommendedSpend: number;
  currentResponse: number;
  recommendedResponse: number;
  /** Response / spend; null at zero spend. */
  currentRoi: number | null;
  recommendedRoi: number | null;
  /** Marginal ROI f'(x); null where infinite. */
  currentMroi: number | null;
  recommendedMroi: number | null;
  bound: BoundSide;
}

export interface ScenarioResult {
  status: AllocationStatus;
  lambda: number | null;
  totalBudget: number;
  allocated: number;
  unallocated: number;
  currentResponse: number;
  recommendedResponse: number;
  channels: ScenarioChannelResult[];
  /** Sentences about infeasible bounds, unallocated money, unreachable targets and S-curves. */
  warnings: Msg[];
}
