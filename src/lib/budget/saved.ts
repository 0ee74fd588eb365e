// A scenario the user saved as JSON, solved into the same view the budget shows for data. A saved scenario holds
// curves and bounds, not credit per model: the threshold rules, the robustness check and the weekly fits need
// the data it came from, so they are empty here, and a note says where the numbers came from.
import { msg, type Msg } from '../messages';
import { validateScenario } from './validate';
import { applyRules } from './rules';
import { scenarioView, type BudgetView } from './view';

export type SavedScenarioOutcome =
  | { ok: true; view: BudgetView }
  /** `problems` names each JSON field that is wrong; `notJson` is set when the text is not JSON at all. */
  | { ok: false; problems: Msg[]; notJson?: Msg };

/** Reads and solves the scenario in `text`, saved in the file `name`. Every problem is a sentence, none thrown. */
export function savedScenarioView(name: string, text: string): SavedScenarioOutcome {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (e) {
    const notJson = msg('budget.notJson', { error: (e as Error).message });
    return { ok: false, problems: [], notJson };
  }
  const checked = validateScenario(parsed);
  if (!checked.ok) return { ok: false, problems: checked.problems };
  const solved = msg('budget.savedScenario', { file: name });
  return {
    ok: true,
    view: {
      scenario: checked.scenario,
      ...scenarioView(checked.scenario),
      rules: applyRules([]),
      robust: null,
      robustModels: [],
      excluded: [],
      fits: [],
      notes: [solved],
      credit: 'scenario',
    },
  };
}
