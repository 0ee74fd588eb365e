// KPI-moottorin lauseet suomeksi: kaavat sanoin ja syyt, miksi KPI:tä ei voi laskea.
import type { Translation } from '../../../lib/messages';
import type { kpiMessages } from '../../../lib/kpi/messages';
import type { KpiName, KpiUnit } from '../../../lib/kpi/types';
import { fi } from '../fi';
import { int, money, num, one, pct } from './format';

/** Funnel steps as the Finnish sentences name them. */
const STEP_FI: Record<string, string> = { lead: 'Liidit', mql: 'MQL', sql: 'SQL', opportunity: 'Myyntimahdollisuudet', won: 'Voitetut' };

const FORMULA: Record<KpiName, string> = {
  spend: 'raportin jaksojen mediakulujen summa (viikon kulut jaetaan sen päiville; jaksojen ulkopuolelle päivätyt kulut jätetään pois, joten jaksot summautuvat kokonaismäärään)',
  leads: 'liidivaiheeseen edenneet polut liidikosketuksen jaksossa, liidikosketuksen kanavan mukaan',
  mqls: 'liidit, jotka täyttävät MQL-säännön (vaiheen arvo tai kelpuuttava kosketustyyppi) tai etenevät myöhempään vaiheeseen, MQL:ksi tulon jaksossa (ei liidin jaksossa: ks. liidi → MQL), liidikosketuksen kanavan mukaan',
  cpl: 'CPL = mediakulut / liidit liidikosketuksen kanavan mukaan kanavista, joilla on kuluja (yhteensä: kaikki kulut / kaikki liidit; raportin jaksojen ulkopuolelle päivätyt kulut jätetään pois, joten jaksot summautuvat kokonaismäärään)',
  won_deals: 'voitetut kaupat (kauppatiedosto) sulkemispäivän jaksossa kaupan lähdekanavan mukaan, muuten saman tunnisteen liidin kanavan mukaan; ilman kauppatiedostoa konvertoituneet polut liidikosketuksen kanavan mukaan',
  won_revenue: 'voitettujen kauppojen yhteissumma (kauppatiedosto) sulkemispäivän jaksossa kaupan lähdekanavan mukaan, muuten saman tunnisteen liidin kanavan mukaan; ilman kauppatiedostoa konversioiden arvot liidikosketuksen kanavan mukaan',
  cpa: 'CPA = mediakulut / voitetut kaupat kaupan lähdekanavan (muuten liidin kanavan) mukaan; jaksoittain: jakson kulut / jaksossa voitetut kaupat, jotka syntyivät aiemmista kuluista; viivästettynä liidikohorteittain: jakson kulut / voitetut kaupat, joiden liidit tulivat jaksossa (kauppa yhdistyy liidiinsä tunnisteella) (raportin jaksojen ulkopuolelle päivätyt kulut jätetään pois, joten jaksot summautuvat kokonaismäärään)',
  roi: 'ROI attribuutiomallin jaon mukaan = (kanavalle jaettu liikevaihto − mediakulut) / mediakulut kanavista, joilla on kuluja; yhteensä näistä kanavista (raportin jaksojen ulkopuolelle päivätyt kulut jätetään pois, joten jaksot summautuvat kokonaismäärään)',
  lead_to_mql: 'jakson liideistä (liidikohortti: liidin jakson mukaan, ei MQL:ksi tulon jakson) MQL:ksi tulleiden osuus, liidikosketuksen kanavan mukaan',
  mql_to_sql: 'SQL:t / MQL:t jakson liideistä (liidikohortti), liidikosketuksen kanavan mukaan',
  sql_to_opportunity: 'myyntimahdollisuudet / SQL:t jakson liideistä (liidikohortti), liidikosketuksen kanavan mukaan',
  opportunity_to_won: 'voitetut / myyntimahdollisuudet jakson liideistä (liidikohortti), liidikosketuksen kanavan mukaan',
  lead_to_won: 'voitetut / liidit jakson liideistä (liidikohortti), liidikosketuksen kanavan mukaan',
  sales_cycle_days: 'mediaani päivinä kaupan luonnista voittoon voittopäivän jaksossa kaupan lähdekanavan mukaan (keskiarvo ja 90. persentiili lisätiedoissa)',
  lead_cycle_days: 'mediaani päivinä liidikosketuksesta konversioon konversion jaksossa liidikosketuksen kanavan mukaan (keskiarvo ja 90. persentiili lisätiedoissa)',
  forecast_mape: 'MAPE = |toteuma − ennuste| / |toteuma| jaksojen keskiarvona (jaksot, joiden toteuma on 0, jätetään pois)',
  forecast_bias: 'harha = summa(ennuste − toteuma) / summa(toteuma) jaksoista, joiden toteuma ei ole 0 (jätetään pois kuten MAPE:ssa); yli 0 tarkoittaa, että ennusteet ovat liian suuria',
  churn_rate: 'poistuma = jakson alussa aktiiviset asiakkaat, joiden asiakkuus päättyy jakson aikana / jakson alussa aktiiviset asiakkaat (päättymispäivä on ensimmäinen päivä ilman asiakasta; saman jakson aikana alkavat ja päättyvät asiakkaat lasketaan erikseen, eivät osuuteen; yhteensä: jaksot yhdistettyinä)',
  arpa: 'ARPA = aktiivisten asiakkaiden kuukausitulo / aktiivisten asiakkaiden määrä',
  clv: 'CLV = ARPA × bruttokate / kuukausittainen poistuma',
  nps: 'NPS = suosittelijoiden % (9–10) − arvostelijoiden % (0–6); 95 %:n väli ±1,96 × 100 × √((p + d − (p − d)²) / n)',
  open_rate: 'avaukset / (lähetetyt − palautuneet)',
  click_rate: 'sähköpostissa klikkaukset / (lähetetyt − palautuneet), mainoksissa klikkaukset / näyttökerrat',
  bounce_rate: 'palautuneet / lähetetyt',
};

const TOUCH = 'kosketuspistetiedosto (polun tunniste, kanava, vaihe)';
const SPEND = 'mediakulutiedosto (kanava, mediakulu)';
const STAGES = (a: string, b: string) => `${TOUCH}, jonka vaihesarakkeessa on arvot ${a} ja ${b}`;

const NEEDS: Record<KpiName, string> = {
  spend: `tarvitaan ${SPEND}`,
  leads: `tarvitaan ${TOUCH}`,
  mqls: `tarvitaan ${TOUCH}, jossa on MQL-vaiheita tai kosketustyyppejä (webinaari, lataus, demo)`,
  cpl: `tarvitaan ${SPEND} ja ${TOUCH}`,
  won_deals: 'tarvitaan kauppatiedosto (kaupan tunniste, tila tai vaihe) tai kosketuspistetiedosto, jossa on konversioita',
  won_revenue: 'tarvitaan kauppatiedosto (kaupan tunniste, summa, tila) tai kosketuspistetiedosto, jossa on konversioiden arvoja',
  cpa: `tarvitaan ${SPEND} sekä kauppatiedosto (kaupan tunniste, tila, lähdekanava) tai kosketuspistetiedosto, jossa on konversioita`,
  roi: `tarvitaan ${SPEND} ja attribuoitu liikevaihto (kosketuspistetiedosto, jossa on konversioiden arvoja, tai kauppatiedosto, jossa on summa ja lähdekanava)`,
  lead_to_mql: `tarvitaan ${TOUCH}, jossa on MQL-vaiheita tai kelpuuttavia kosketustyyppejä`,
  mql_to_sql: `tarvitaan ${STAGES('MQL', 'SQL')}`,
  sql_to_opportunity: `tarvitaan ${STAGES('SQL', 'myyntimahdollisuus')}`,
  opportunity_to_won: `tarvitaan ${STAGES('myyntimahdollisuus', 'voitettu')} (tai konversiot)`,
  lead_to_won: `tarvitaan ${TOUCH}, jossa on konversioita tai voitettu-vaihe`,
  sales_cycle_days: 'tarvitaan kauppatiedosto, jossa on luonti- ja sulkemispäivä sekä tila (Create Date, Close Date; Deal created, Won time)',
  lead_cycle_days: `tarvitaan ${TOUCH}, jossa on aikaleimat ja konversiot`,
  forecast_mape: 'tarvitaan ennustetiedosto (jakso, ennuste, toteuma)',
  forecast_bias: 'tarvitaan ennustetiedosto (jakso, ennuste, toteuma)',
  churn_rate: 'tarvitaan asiakastiedosto (asiakastunniste, alkupäivä, päättymispäivä)',
  arpa: 'tarvitaan asiakastiedosto (asiakastunniste, alkupäivä, päättymispäivä tai aktiivisuustieto, kuukausitulo)',
  clv: 'tarvitaan asiakastiedosto (asiakastunniste, alkupäivä, päättymispäivä, kuukausitulo) ja bruttokate',
  nps: 'tarvitaan NPS-kyselytiedosto (pisteet 0–10, valinnaisesti päivämäärä ja segmentti)',
  open_rate: 'tarvitaan sähköpostiraportti mediakulutiedostona, jossa on lähetetyt- ja avaukset-sarakkeet',
  click_rate: 'tarvitaan mediakulutiedosto, jossa on klikkaukset ja näyttökerrat (tai lähetetyt sähköpostit)',
  bounce_rate: 'tarvitaan sähköpostiraportti mediakulutiedostona, jossa on lähetetyt- ja palautuneet-sarakkeet',
};

const CLV = FORMULA.clv;
const clvNumbers = (p: { arpa: number; margin: number; churn: number }) => `${money(p.arpa)} × ${pct(p.margin)} / ${pct(p.churn, 2)}`;
/** A KPI's value in its unit (money in `currency`), as the scorecard's finding says it. */
function value(unit: KpiUnit, v: number, currency: string): string {
  switch (unit) {
    case 'money': return new Intl.NumberFormat('fi-FI', { style: 'currency', currency, maximumFractionDigits: Math.abs(v) >= 1000 ? 0 : 2 }).format(v);
    case 'ratio': return pct(v, 1);
    case 'days': return `${one(v)} päivää`;
    case 'count': return Math.abs(v) >= 100 ? int(v) : one(v);
    case 'nps': return num(Math.round(v * 10) / 10);
  }
}
const modelName = (m: string) => (fi.codes.models as Record<string, string>)[m] ?? m;

export const kpiFi: Translation<typeof kpiMessages> = {
  'kpi.formula': (p) => FORMULA[p.kpi],
  'kpi.formulaRoi': (p) => (p.model === null
    ? 'ROI kauppojen lähdekanavan mukaan = (voitettujen kauppojen summat lähdekanavittain − mediakulut) / mediakulut kanavista, joilla on kuluja; yhteensä näistä kanavista (raportin jaksojen ulkopuolelle päivätyt kulut jätetään pois)'
    : `${FORMULA.roi.replace('ROI attribuutiomallin jaon mukaan', `ROI mallin ${modelName(p.model)} jaon mukaan`)} (liikevaihto jaettu mallilla ${modelName(p.model)}${p.beforeLead === undefined ? '' : p.beforeLead ? ', myös liidiä edeltävät anonyymit kosketukset' : ', liidikosketuksesta alkaen: liidiä edeltävät anonyymit kosketukset jätetty pois'})`),
  'kpi.warnSpendNoLeads': (p) => `Kuluja ilman liidejä: ${p.channels.join(', ')} (ei CPL:ää)`,
  'kpi.warnSpendNoDeals': (p) => `Kuluja ilman voitettuja kauppoja: ${p.channels.join(', ')} (ei CPA:ta)`,
  'kpi.warnSpendOutside': (p) => `${money(p.amount)} mediakuluja on päivätty raportin jaksojen ulkopuolelle, ja ne jätetään pois`,
  'kpi.warnZeroActual': (p) => `Toteuma 0 jaksoissa ${p.periods.join(', ')}: jätetään pois MAPE:sta ja harhasta`,
  'kpi.warnYoungCohorts': (p) => `Liidikohortit liian nuoria arvioitaviksi: ${p.periods.join(', ')} (alle liidistä voittoon kuluvan mediaaniajan, ${p.days} päivää, ennen aineiston loppua; niiden osuudet voivat vielä kasvaa)`,
  'kpi.clvUnknown': () => `${CLV} (ARPA tai poistuma ei tiedossa)`,
  'kpi.clvNoChurn': (p) => `${CLV} = ${clvNumbers(p)}: poistumaa ei havaittu, joten asiakkuuden elinkaarella ei ole tässä aineistossa loppua`,
  'kpi.clv': (p) => `${CLV} = ${clvNumbers(p)} = ${money(p.value)}`,
  'kpi.needs': (p) => NEEDS[p.kpi],
  'kpi.churnActiveOnly': () => 'asiakastiedostoon tarvitaan päättymispäivät, jotta poistuma voidaan sijoittaa jaksoihin (tiedostossa on vain aktiivisuustieto)',
  'kpi.churnNoEnd': () => 'asiakastiedostoon tarvitaan päättymispäivät (poistumispäivät); yhdelläkään asiakkaalla ei ole sellaista',
  'kpi.arpaNoMrr': () => 'asiakastiedostoon tarvitaan kuukausitulon (MRR) sarake',
  'kpi.clvNoMargin': () => 'tarvitaan bruttokate (osuus 0:n ja 1:n väliltä, esim. 0,75)',
  'kpi.clvNeedsEnd': () => 'asiakastiedostoon tarvitaan päättymispäivät ja kuukausitulon (MRR) sarake',
  'kpi.fileOutsideDates': (p) => `${p.file} jätetään pois: sen kulut (${p.from}–${p.to}) ovat yli neljänneksen päässä liideistä ja kaupoista (${p.dataFrom}–${p.dataTo}); valitse se, jos haluat laskea sen silti mukaan.`,
  'kpi.fileOtherCurrency': (p) => `${p.file} jätetään pois: sen rahamäärät ovat valuutassa ${p.currency}, muiden tiedostojen ${p.main}; Mittari ei laske kahta valuuttaa yhteen.`,
  'kpi.fileMixedCurrencies': (p) => `${p.file} jätetään pois: siinä on summia valuutoissa ${p.currencies.join(' ja ')}, joita ei voi laskea yhteen.`,
  'kpi.scorecardWorst': (p) =>
    `${fi.kpi.names[p.kpi] ?? p.kpi} on kauimpana tavoitteestaan: ${p.projected ? `matkalla lukemaan ${value(p.unit, p.value, p.currency)}` : `${value(p.unit, p.value, p.currency)}${p.period ? ` jaksolla ${p.period}` : ''}`}, tavoite ${p.atLeast ? 'vähintään' : 'enintään'} ${value(p.unit, p.target, p.currency)}${p.others > 0 ? `; ${p.others === 1 ? 'myös yksi muu kiinnitetty KPI jää' : `myös ${p.others} muuta kiinnitettyä KPI:tä jäävät`} tavoitteestaan` : ''}.`,
  'kpi.scorecardAllGood': (p) => (p.count === 1
    ? 'Ainoa kiinnitetty KPI, jolla on tavoite, saavuttaa sen tai on sitä kohti.'
    : `Kaikki ${p.count} kiinnitettyä KPI:tä${p.count === p.of ? '' : ', joilla on tavoite,'} saavuttavat tavoitteensa tai ovat sitä kohti.`),
  'kpi.findingFunnel': (p) =>
    `Suppilo kapenee eniten vaiheesta ${STEP_FI[p.from]} vaiheeseen ${STEP_FI[p.to]}: ${pct(p.rate, 1)} etenee, ${int(p.lost)} ei etene.`,
  'kpi.findingCycle': (p) =>
    `Puolet ${int(p.count)} voitetusta kaupasta voitettiin ${num(p.median)} päivässä ${p.sales ? 'kaupan luomisesta' : 'liidistä'}; hitain kymmenesosa kesti yli ${num(p.p90)} päivää.`,
  'kpi.twoCurrencies': (p) => `Valitut tiedostot ovat kahdessa valuutassa: ${p.files.join('; ')}. Mittari ei laske niitä yhteen: poista valinta toisen valuutan tiedostoilta.`,
};
