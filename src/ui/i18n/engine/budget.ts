// Budjettimoottorin lauseet suomeksi: huomautukset, varoitukset ja syyt, miksi kanava jää suunnitelman ulkopuolelle.
import type { Translation } from '../../../lib/messages';
import { type budgetMessages, type CurveMsg, type Shown } from '../../../lib/budget/messages';
import type { AttributionMsg } from '../../../lib/attribution/messages';
import { fi } from '../fi';
import { attributionFi } from './attribution';
import { and, date, fixed, money, num, one, pct, wholeMoney } from './format';

/** An attribution reason in Finnish (the nested message of budget.modelMissing). */
const attributionReason = (m: AttributionMsg): string => (attributionFi[m.key] as (p: unknown) => string)(m.params);
/** A JSON value of a scenario problem in Finnish. */
const shownFi = (v: Shown): string => ('json' in v ? v.json : `${v.deep === 'array' ? 'taulukko' : 'objekti'}, joka on sisäkkäin yli ${v.levels} tasoa`);
/** A curve reason in Finnish (nested in budget.excludedNoCurve and budget.fitNoPrior). */
const curveReason = (m: CurveMsg): string => (budgetFi[m.key] as (p: unknown) => string)(m.params);
const modelName = (m: string) => (fi.codes.models as Record<string, string>)[m] ?? m;
const kpiWord = (k: 'conversions' | 'value', partitive = false) => (k === 'conversions' ? (partitive ? 'konversioita' : 'konversiot') : (partitive ? 'arvoa' : 'arvo'));
const jakso = (n: number) => (n === 1 ? 'jakson' : 'jaksoa');

/** 12,5 konversiota · 1 235 € konversioarvoa */
const gainFi = (n: number, kpi: 'conversions' | 'value', currency: string): string =>
  kpi === 'conversions' ? `${one(n)} ${n === 1 ? 'konversio' : 'konversiota'}` : `${wholeMoney(n, currency)} konversioarvoa`;
/** +4,2 % · −1,0 % */
const signedShare = (x: number): string => `${x >= 0 ? '+' : ''}${pct(x, 1)}`;

export const budgetFi: Translation<typeof budgetMessages> = {
  'budget.modelMissing': (p) => (p.why
    ? `Malli ${modelName(p.model)} ei sovellu tähän aineistoon: ${attributionReason(p.why)}`
    : `Mallia ${modelName(p.model)} ei laskettu`),
  'budget.badBounds': (p) => `Rajojen pitää olla kaksi suhdelukua, 0 ≤ minimi ≤ maksimi, nyt ${num(p.lo)} ja ${num(p.hi)}`,
  'budget.excludedNoSpend': (p) =>
    `sille on attribuoitu ${p.kpi === 'conversions' ? `${one(p.credit)} konversiota` : `arvoa ${one(p.credit)}`}, mutta sillä ei ole mediakuluja: ei mitään uudelleen jaettavaa`,
  'budget.excludedNeither': () => 'ei mediakuluja eikä ansiota',
  'budget.excludedNoCredit': (p) =>
    `mediakulut ${money(p.spend)}, mutta malli ${modelName(p.model)} ei anna sille ${kpiWord(p.kpi, true)}: vastekäyrää ei voi piirtää, joten kulut pysyvät ennallaan budjetin ulkopuolella`,
  'budget.curveSpend': (p) => `nykyisten mediakulujen pitää olla yli 0, nyt ${num(p.spend)}`,
  'budget.curveResponse': (p) => `nykyisen vasteen pitää olla yli 0, nyt ${num(p.response)}`,
  'budget.curveAlpha': (p) => `alfan pitää olla yli 0, nyt ${num(p.alpha)}`,
  'budget.curveElasticity': (p) => `joustavuuden pitää olla 0:n ja alfan (${num(p.alpha)}) välillä, rajat pois lukien, nyt ${num(p.elasticity)}`,
  'budget.fitFewWeeks': (p) => `vastekäyrä tarvitsee vähintään ${num(p.min)} viikon mediakulut ja vasteet; tässä sarjassa on ${num(p.weeks)}`,
  'budget.fitFlatSpend': (p) =>
    `mediakulut vaihtelevat liian vähän (variaatiokerroin ${fixed(p.variation, 3)}, vaaditaan ${num(p.min)}): viikoista ei näe, missä käyrä taittuu`,
  'budget.fitNoPrior': (p) => `yhden pisteen käyrää ei saada: ${curveReason(p.why)}`,
  'budget.excludedNoCurve': (p) => `ei vastekäyrää: ${curveReason(p.reason)}`,
  'budget.excludedUnmatched': (p) => `mediakulut ${money(p.spend)}, mutta attribuutiossa ei ole tämännimistä kanavaa: kulut pysyvät ennallaan budjetin ulkopuolella`,
  'budget.nothingToAllocate': (p) =>
    `millään kanavalla ei ole sekä mediakuluja että attribuoituja tuloksia, joten jaettavaa ei ole (mediakuluissa on ${p.spendChannels.join(', ') || 'ei kanavia'}; polut antavat ansiota kanaville ${p.creditChannels.join(', ') || 'ei millekään'})`,
  'budget.nothingReported': (p) => `raportin yhdelläkään kampanjalla ei ole sekä mediakuluja että alustan raportoimia ${p.kpi === 'value' ? 'konversioarvoja' : 'konversioita'}, joten jaettavaa ei ole`,
  'budget.noReported': () => 'mediakulutiedostossa ei ole alustan raportoimia konversioita eikä konversioarvoa; lisää kosketuspiste- tai polkutiedosto ansion lähteeksi',
  'budget.excludedNoReported': (p) =>
    `mediakulut ${money(p.spend)}, mutta alusta ei raportoi sille ${kpiWord(p.kpi, true)}: vastekäyrää ei voi piirtää; kulut pysyvät ennallaan budjetin ulkopuolella`,
  'budget.periodDated': (p) =>
    `Mediakulut kattavat ${num(p.count)} päivättyä ${jakso(p.count)} ${date(p.from)}–${date(p.to)}; vastekäyrät, kulut ja vasteet ovat koko ajanjakson summia.`,
  'budget.periodLabels': (p) =>
    `Mediakulut kattavat ${num(p.count)} ${jakso(p.count)} (${p.first} – ${p.last}); vastekäyrät, kulut ja vasteet ovat niiden summia.`,
  'budget.periodNone': () => 'Mediakulutiedostossa ei ole päivämääriä: vastekäyrät, kulut ja vasteet ovat koko tiedoston summia.',
  'budget.curvesEstimated': (p) =>
    `Vastekäyrät on arvioitu attribuutiosta (${modelName(p.model)}, ${kpiWord(p.kpi)}), ei inkrementaalisuudesta: kukin kulkee kanavan nykyisten kulujen ja ansion kautta joustolla ${fixed(p.elasticity, 1)}. Tarkista ne holdout-testillä A/B-testit-välilehdellä.`,
  'budget.creditSource': () => 'Ansio tulee kosketuspistetiedoston poluista; sen pitäisi kattaa sama ajanjakso kuin mediakulujen.',
  'budget.periodMismatch': (p) =>
    `Mediakulut kattavat ajan ${date(p.spendFrom)}–${date(p.spendTo)}, mutta polut ${date(p.creditFrom)}–${date(p.creditTo)}: kulujakson ulkopuolinen ansio saa kanavat näyttämään halvemmilta tai kalliimmilta kuin ne ovat. Lataa saman ajanjakson tiedostot.`,
  'budget.curvesReported': (p) =>
    `Vastekäyrät on arvioitu alustan raportoimista ${p.kpi === 'value' ? 'konversioarvoista' : 'konversioista'}, ei inkrementaalisuudesta: kukin kulkee kampanjan nykyisten kulujen ja raportoitujen tulosten kautta joustolla ${fixed(p.elasticity, 1)}. Tarkista ne holdout-testillä A/B-testit-välilehdellä.`,
  'budget.platformCredit': () =>
    'Tulokset ovat alustan raportoimia: alusta laskee konversiot, joihin sen omat mainokset osuivat, omalla attribuutioikkunallaan, joten kaksi alustaa voi kumpikin ottaa saman kaupan itselleen.',
  'budget.fitted': (p) =>
    `Kanavien ${and(p.names)} vastekäyrät seuraavat niiden omia viikkokuluja ja -tuloksia; muiden käyrät kulkevat nykyisten kulujen ja tulosten kautta.`,
  'budget.noisy': (p) =>
    `Kanavien ${and(p.fits.map((f) => f.name))} viikkotulokset nousevat ja laskevat ilman selvää yhteyttä kuluihin, joten niistä ei näe, missä tuotto alkaa tasaantua; niiden käyrät kulkevat nykyisten kulujen ja tulosten kautta.`,
  'budget.targetMroiMissing': () => 'Anna rajatuoton (marginaali-ROI) tavoite, joka on yli 0.',
  'budget.targetRoasMissing': () => 'Anna ROAS-tavoite, joka on yli 0.',
  'budget.targetOverBudget': (p) => `Tavoite vaatii yhteensä ${money(p.needed)}, enemmän kuin kokonaisbudjetti ${money(p.budget)}.`,
  'budget.sCurve': (p) =>
    `Kanavan ${p.channel} vastekäyrä on S-muotoinen (alfa ${num(p.alpha)}) ja sen minimi ${money(p.min)} on alle käännepisteen ${money(p.inflection)}: optimoija siirtää sitä vain minimin ja käännepisteen yläpuolisen koveran osan välillä, joten sen kulut eivät välttämättä ole optimaaliset.`,
  'budget.infeasible': (p) =>
    `Ei ratkaisua: minimit ovat yhteensä ${money(p.sumMin)}, enemmän kuin budjetti ${money(p.budget)}. Mikään jako ei pidä jokaista kanavaa minimissään tai sen yli; laske joitain minimejä tai kasvata budjettia. Kulut näytetään minimeissään.`,
  'budget.unallocated': (p) =>
    `Jakamatta: maksimit ovat yhteensä ${money(p.sumMax)}, vähemmän kuin budjetti ${money(p.budget)}. Jokainen kanava on maksimissaan ja ${money(p.budget - p.sumMax)} jää yli; nosta joitain maksimeja, jotta summa voidaan sijoittaa.`,
  'budget.roasUnreachable': (p) =>
    `Tavoite ei ole saavutettavissa: paras ROAS, johon mikään budjetti yltää, on ${one(p.best)} (budjetilla ${money(p.at)}), alle tavoitteen ${one(p.target)}. Laske tavoitetta${p.minimums ? ' tai minimejä' : ''}.`,
  'budget.roasCapped': (p) =>
    `Vaikka jokainen kanava on maksimissaan (yhteensä ${money(p.total)}), ROAS on ${one(p.roas)}, eli tavoite ${one(p.target)} ylittyy tai saavutetaan: maksimit estävät budjettia kasvamasta tavoitteeseen asti.`,
  'budget.savedScenario': (p) => `Ratkaistu tallennetusta skenaariosta ${p.file}; muuta mitä tahansa yllä olevaa asetusta palataksesi omaan aineistoosi.`,
  'budget.notScenario': (p) => `${p.file} ei ole skenaario, jonka Mittari voi ratkaista: ${p.problems.join('; ')}.`,
  'scenario.notObject': (p) => `skenaarion pitää olla JSON-objekti, ei ${shownFi(p.value)}`,
  'scenario.unknownField': (p) => `${p.field} ei ole skenaarion kenttä (sallitut: ${p.allowed.join(', ')})`,
  'scenario.missing': (p) => `${p.field} puuttuu: sen pitää olla luku`,
  'scenario.notNumber': (p) => `${p.field} pitää olla äärellinen luku, ei ${shownFi(p.value)}`,
  'scenario.tooLarge': (p) => `${p.field} saa olla enintään 1e15 (Mittari laskee yhteen summia 10^15:een asti), ei ${p.value}`,
  'scenario.atLeast': (p) => `${p.field} pitää olla vähintään ${p.min}, ei ${p.value}`,
  'scenario.above': (p) => `${p.field} pitää olla yli ${p.min}, ei ${p.value}`,
  'scenario.mode': (p) => `mode pitää olla jokin näistä: ${p.modes.join(', ')}, ei ${shownFi(p.value)}`,
  'scenario.noChannels': (p) => `channels pitää olla ei-tyhjä kanavien taulukko, ei ${shownFi(p.value)}`,
  'scenario.channelNotObject': (p) => `${p.field} pitää olla objekti, jossa on name, currentSpend ja curve, ei ${shownFi(p.value)}`,
  'scenario.nameEmpty': (p) => `${p.field} pitää olla ei-tyhjä teksti, ei ${shownFi(p.value)}`,
  'scenario.nameTwice': (p) => `${p.field} "${p.name}" esiintyy kahdesti; kanavien nimien pitää olla yksilöllisiä`,
  'scenario.curveNotObject': (p) => `${p.field} pitää olla objekti {beta, alpha, gamma, carryover?}, ei ${shownFi(p.value)}`,
  'scenario.both': (p) => `sekä ${p.a} että ${p.b} on annettu; anna vain toinen`,
  'scenario.minAboveMax': (p) => `${p.min} (${p.low}) on suurempi kuin ${p.max} (${p.high})`,
  'budget.notJson': (p) => `Tiedosto ei ole JSON-muodossa: ${p.error}`,
  'budget.findingMove': (p) =>
    `Kun ${wholeMoney(p.amount, p.currency)} siirretään ${p.mostly ? 'pääosin ' : ''}kanavasta ${p.from} kanavaan ${p.to}, odotettu lisäys on ${gainFi(p.gain, p.kpi, p.currency)} (${signedShare(p.share)}).`,
  'budget.findingSpend': (p) =>
    `Kun kuluja on ${wholeMoney(Math.abs(p.change), p.currency)} ${p.change > 0 ? 'enemmän' : 'vähemmän'}, odotettu ${p.gain >= 0 ? 'lisäys' : 'menetys'} on ${gainFi(Math.abs(p.gain), p.kpi, p.currency)} (${signedShare(p.share)}).`,
  'budget.findingSaturation': (p) =>
    `${p.channel} on lähimpänä kyllästymistä: sen nykyiset kulut tuovat jo ${pct(p.reached, 0)} siitä, minkä se voi enintään tuoda.`,
  'budget.findingSaturationEven': (p) =>
    `${p.channels === 2 ? 'Molemmat kanavat ovat' : 'Kaikki kanavat ovat'} yhtä lähellä kyllästymistä: kunkin nykyiset kulut tuovat noin ${pct(p.reached, 0)} siitä, minkä se voi enintään tuoda.`,
  'budget.findingFit': (p) => (p.used
    ? `Sovitettu käyrä selittää ${pct(p.r2, 0)} kanavan ${p.channel} viikoittaisesta vaihtelusta: suunnitelma käyttää sitä.`
    : `Sovitettu käyrä selittää vain ${pct(p.r2, 0)} kanavan ${p.channel} viikoittaisesta vaihtelusta, alle tarvittavan ${pct(p.min, 0)}: suunnitelma käyttää sen sijaan nykyisten kulujen kautta kulkevaa käyrää.`),
  'budget.findingMarginal': (p) =>
    `Seuraavat ${wholeMoney(p.per, p.currency)} tuottavat eniten kanavassa ${p.best} (${gainFi(p.bestReturn, p.kpi, p.currency)}) ja vähiten kanavassa ${p.worst} (${gainFi(p.worstReturn, p.kpi, p.currency)}).`,
};

