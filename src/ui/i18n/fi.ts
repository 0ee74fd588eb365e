// Suomenkielinen käyttöliittymä, yksi tiedosto näkymää kohden kansiossa fi/. Sama muoto kuin en.ts (tyyppi Messages):
// puuttuva avain on käännösvirhe.
import type { Messages } from './en';
import { commonMessages } from './fi/common';
import { codesMessages } from './fi/codes';
import { dataMessages } from './fi/data';
import { attributionMessages } from './fi/attribution';
import { experimentsMessages } from './fi/experiments';
import { budgetMessages } from './fi/budget';
import { mmmMessages } from './fi/mmm';
import { kpiMessages } from './fi/kpi';
import { scorecardMessages } from './fi/scorecard';
import { chartsMessages } from './fi/charts';

export const fi: Messages = {
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
