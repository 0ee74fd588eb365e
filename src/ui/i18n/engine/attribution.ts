// Attribuutiomoottorin lauseet suomeksi: miksi malli ei sovellu aineistoon ja mitä asetusta ei voitu käyttää.
import type { Translation } from '../../../lib/messages';
import type { attributionMessages } from '../../../lib/attribution/messages';
import { fi } from '../fi';
import { num, one, pct, q } from './format';

const modelName = (m: string) => (fi.codes.models as Record<string, string>)[m] ?? m;

export const attributionFi: Translation<typeof attributionMessages> = {
  'attribution.lookbackUntimed': () => 'Tarkasteluikkuna tarvitsee aikaleimat; tässä aineistossa niitä ei ole, joten kaikki kosketukset otettiin mukaan.',
  'attribution.finding': (p) =>
    `${p.channel} saa ${p.metric === 'value' ? `${num(Math.round(p.amount))} enemmän konversioarvoa` : `${num(p.amount)} konversiota enemmän`} mallissa ${q(modelName(p.more))} kuin mallissa ${q(modelName(p.less))}: ${q(modelName(p.less))} aliarvioi sitä.`,
  'attribution.findingRemoval': (p) => `Jos kanava ${p.channel} poistettaisiin, konversioista menetettäisiin ${pct(p.share, 1)}, enemmän kuin minkään muun kanavan kohdalla.`,
  'attribution.findingLengths': (p) => (p.fewest !== null && p.fewest > 2
    ? `Jokainen konversio tuli vähintään ${p.fewest} kosketuksen jälkeen.`
    : `${pct(p.multi, 0)} konversioista tuli kahden tai useamman kosketuksen jälkeen.`),
  'attribution.findingTime': (p) => `Puolet konversioista tulee ${one(p.days)} päivän kuluessa ensimmäisestä kosketuksesta.`,
  'attribution.findingTransition': (p) => `Konversio seuraa useimmin heti kanavan ${p.channel} jälkeen: ${pct(p.p, 0)} sen askelista johtaa konversioon.`,
  'attribution.timeDecayUntimed': () => `Malli ${q(modelName('time_decay'))} tarvitsee aikaleimat; polkutaulukoissa niitä ei ole.`,
  'attribution.timeDecayNoTimestamps': () => `Malli ${q(modelName('time_decay'))} tarvitsee aikaleimat; tämän kosketuspistetiedoston aikaleimasaraketta ei ole määritetty.`,
  'attribution.halfLife': (p) => `Malli ${q(modelName('time_decay'))} tarvitsee yli 0 päivän puoliintumisajan; annettu arvo oli ${num(p.days)}.`,
  'attribution.needsStage': (p) =>
    `Malli ${q(modelName(p.model))} tarvitsee kosketustiedostoon vaihesarakkeen (liidi, MQL, mahdollisuus…); valitse se sarakkeiden määrityksessä.`,
  'attribution.markovNoTouches': () => 'Yhdelläkään polulla ei ole kosketuksia, joten Markov-mallilla ei ole polkuja.',
  'attribution.markovTooManyChannels': (p) =>
    `Markov-malli ratkaisee ketjun kerran kutakin kanavaa kohden, mikä kestää ${num(p.channels)} kanavalla minuutteja; se on pois käytöstä yli ${num(p.max)} kanavalla. Ryhmittele kanavat (esimerkiksi lähteen tai kanavaryhmän mukaan) käyttääksesi sitä.`,
  'attribution.markovTooManyStates': (p) =>
    `Kertaluvun ${p.order} Markov-mallissa on ${num(p.states)} tilaa ${num(p.channels)} kanavan yli; sen ratkaiseminen kerran kutakin kanavaa kohden kestäisi minuutteja, joten se on pois käytöstä. Käytä pienempää kertalukua tai ryhmittele kanavat.`,
  'attribution.markovNoConversions': () => 'Yksikään kosketuksia sisältävä polku ei konvertoinut, joten Markov-mallilla ei ole mitään jaettavaa.',
  'attribution.markovStates.mittari': () =>
    'Mittarin ketju: kanavan peräkkäiset toistot yhdistetään ensin, ja kunkin kosketuksen tila on k viimeistä kanavaa siihen asti, joten polun k − 1 ensimmäisessä tilassa on vähemmän kanavia (a > a > b > c kertaluvulla 2 käy tiloissa a, a > b ja b > c).',
  'attribution.markovStates.channelattribution': () =>
    'ChannelAttributionin ketju: kukin tila on k peräkkäisen kosketuksen ikkuna polusta sellaisenaan, toistot mukaan lukien, ensimmäisestä täydestä ikkunasta alkaen kosketus kerrallaan liukuen; enintään k kosketuksen polku on yksi tila, ja yhden kanavan yli k kosketuksen jakso lasketaan k kosketukseksi (a > a > b > c kertaluvulla 2 käy tiloissa a > a, a > b ja b > c).',
};
