// English UI text: the source of truth, one file per view in en/. fi.ts has the same shape (type Messages), so a
// missing key is a compile error. Engine sentences (verdicts, file problems, warnings) come from src/lib.
import { commonMessages } from './en/common';
import { codesMessages } from './en/codes';
import { dataMessages } from './en/data';
import { attributionMessages } from './en/attribution';
import { experimentsMessages } from './en/experiments';
import { budgetMessages } from './en/budget';
import { mmmMessages } from './en/mmm';
import { kpiMessages } from './en/kpi';
import { scorecardMessages } from './en/scorecard';
import { chartsMessages } from './en/charts';

export const en = {
  ...commonMessages,
  ...codesMessages,
  ...dataMessages,
  ...attributionMessages,
  ...experimentsMessages,
  ...budgetMessages,
  ...mmmMessages,
  ...kpiMessages,
  ...scorecardMessages,
  ...chartsMessages,
};

export type Messages = typeof en;
