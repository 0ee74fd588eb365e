// Kokeiden (A/B-testien) moottorilauseet suomeksi: sama avain ja samat parametrit kuin lib/experiments/messages.ts.
import type { Translation } from '../../../lib/messages';
import type { experimentMessages, VerdictParams } from '../../../lib/experiments/messages';
import { and, chance, fixed, num, pct, pValue, q, sig2, signedLift, lift } from './format';

const points = (x: number) => fixed(x * 100, 2);
const seqRange = (ci: [number, number]) => `${signedLift(ci[0])} … ${signedLift(ci[1])}`.replace(/\s%\s…/, ' …'); // +4,1 … +32 %
const list = (xs: readonly number[]) => xs.map(num).join(', ');
/** A rate as the planner's form takes it, in percent: 0.2 -> 20 %, 0.055 -> 5,5 %. */
const pctAsTyped = (x: number) => `${num(Math.round(x * 1e8) / 1e6)}\u00a0%`;

function verdict(v: VerdictParams): string {
  const level = `${pct(v.confidence, 0)}:n luottamusväli`;
  const test = `z-testi ${pValue(v.pValue)}${v.adjusted ? `, ${v.adjusted.name}-korjattu ${pValue(v.adjusted.p)}` : ''}`;
  const effect = v.relLift !== null && v.relCi
    ? `${v.variant} konvertoi ${lift(Math.abs(v.relLift))} ${v.relLift >= 0 ? 'paremmin' : 'huonommin'} kuin ${v.control} (${level} ${seqRange(v.relCi)}, ${test})`
    : `${v.variant} konvertoi ${points(Math.abs(v.absDiff))} prosenttiyksikköä ${v.absDiff >= 0 ? 'enemmän' : 'vähemmän'} kuin ${v.control} (${level} ${points(v.absCi[0])} … ${points(v.absCi[1])} prosenttiyksikköä, ${test})`;
  const bayes = `bayesiläinen todennäköisyys sille, että ${v.variant} on parempi: ${chance(v.probBeatControl)}`;
  if (v.tooSmall) {
    const s = v.tooSmall;
    const short = s.arms.map((a) => `${a.name}: ${num(a.users)} ${a.users === 1 ? 'käyttäjä' : 'käyttäjää'} ja ${num(a.conversions)} ${a.conversions === 1 ? 'konversio' : 'konversiota'}`).join('; ');
    return `Liian aikaista sanoa: kummassakin versiossa pitää olla vähintään ${num(s.minUsers)} käyttäjää ja ${num(s.minConversions)} konversiota ennen kuin voittajan voi nimetä (${short}). Toistaiseksi ${effect}; ${bayes}.`;
  }
  if (!v.significant && v.futile && v.relCi && v.relLift !== null) {
    const { margin, equivalent } = v.futile;
    return `${equivalent ? 'Ei merkityksellistä eroa' : 'Ei merkityksellistä parannusta'}; testin voi lopettaa: version ${v.variant} ${level} verrattuna versioon ${v.control} ` +
      `(${seqRange(v.relCi)}) sulkee pois vähintään ${signedLift(margin)} parannuksen, joka on pienin tavoittelemisen arvoinen${equivalent ? ', ja yhtä suuren heikennyksen' : ''}; ` +
      `${v.variant} konvertoi ${lift(Math.abs(v.relLift))} ${v.relLift >= 0 ? 'paremmin' : 'huonommin'} (${test}); ${bayes}.`;
  }
  if (!v.significant) return `Ei vielä selvää voittajaa: ${effect}; ${bayes}.`;
  return `${effect}; ${bayes}.`;
}

export const experimentsFi: Translation<typeof experimentMessages> = {
  'experiment.verdict': verdict,
  'experiment.srm': (p) =>
    `Otossuhteen poikkeama (SRM): käyttäjät eivät jakautuneet versioille suunnitellusti (suunniteltu ${p.planned.map((x) => pct(x)).join(' / ')}, ` +
    `toteutunut ${p.observed.map((o) => `${o.name} ${pct(o.share)}`).join(', ')}; khiin neliö -testi ${pValue(p.pValue)}). Syy on yleensä virhe käyttäjien jakamisessa ` +
    'versioille tai seurannassa; älä luota tuloksiin ennen kuin poikkeama on selvitetty.',
  'experiment.srmOk': (p) =>
    `Käyttäjien jako versioille tarkistettiin, ja se on suunnitelman mukainen (suunniteltu ${p.planned.map((x) => pct(x)).join(' / ')}, ` +
    `toteutunut ${p.observed.map((o) => `${o.name} ${pct(o.share)}`).join(', ')}; khiin neliö -testi ${pValue(p.pValue)}), joten jako ja seuranta näyttävät toimivan.`,
  'experiment.srmLeftOut': (p) => p.names.length === 1
    ? `Versiolla ${p.names[0]} on alle ${num(p.min)} käyttäjää, mikä on liian vähän khiin neliö -testiin, joten se jätetään SRM-tarkistuksesta pois.`
    : `Versioilla ${and(p.names)} on kullakin alle ${num(p.min)} käyttäjää, mikä on liian vähän khiin neliö -testiin, joten ne jätetään SRM-tarkistuksesta pois.`,
  'experiment.srmNeedsTwo': () => 'SRM-tarkistukseen tarvitaan vähintään kaksi versiota.',
  'experiment.revenueNeedsSums': () =>
    'Liikevaihtoa verrataan vain, kun jokaisella versiolla on liikevaihdon summa ja neliösumma (tai käyttäjäkohtaiset rivit).',
  'experiment.fiellerUnbounded': (p) =>
    `Version ${p.variant} suhteellisen eron Fieller-luottamusväli on rajaton: version ${p.control} konversioaste on liian epävarma, jotta suhteellinen väli olisi luotettava.`,
  'experiment.intervalsDisagree': (p) =>
    `Version ${p.variant} suhteellisen eron delta-menetelmän ja Fiellerin luottamusvälit poikkeavat toisistaan; tällä otoskoolla suhteellinen väli on epäluotettava.`,
  'experiment.normalApprox': () => 'Yli 100 000 konversion aineistossa bayesiläiset luvut lasketaan beetajakaumien normaaliapproksimaatiolla.',
  'experiment.peeking': (p) =>
    `Testi on saavuttanut ${num(p.share)} % suunnitellusta ${num(Math.round(p.planned))} käyttäjästä versiota kohden. Jos kiinteän otoskoon testiä luetaan etuajassa ja se lopetetaan heti, kun tulos näyttää merkitsevältä, vääriä voittajia tulee moninkertaisesti: odota suunniteltuun otoskokoon asti tai arvioi testiä jatkuvan seurannan (aina pätevän) tuloksen perusteella.`,
  'experiment.sequentialTooFew': () =>
    'Jatkuvaan seurantaan ei ole vielä tarpeeksi dataa: kummassakin versiossa tarvitaan muutama käyttäjä ja kontrolliversiossa vähintään yksi konversio.',
  'experiment.sequentialSafe': (p) =>
    `Testin voi lopettaa nyt: aina pätevä luottamusväli (${seqRange(p.ci)}) ei enää sisällä nollaa, joten versio on ${p.better ? 'parempi' : 'huonompi'} (sekventiaalinen p = ${sig2(p.pValue)}).`,
  'experiment.sequentialNotYet': (p) =>
    `Testiä ei voi vielä lopettaa: aina pätevä luottamusväli (${seqRange(p.ci)}) sisältää yhä nollan; jatka testiä (sekventiaalinen p = ${sig2(p.pValue)}).`,
  'experiment.sequentialFutile': (p) =>
    `${p.equivalent ? 'Ei merkityksellistä eroa' : 'Ei merkityksellistä parannusta'}; testin voi lopettaa: aina pätevä luottamusväli (${seqRange(p.ci)}) sulkee pois vähintään ${signedLift(p.margin)} parannuksen, ` +
    `joka on pienin tavoittelemisen arvoinen${p.equivalent ? ', ja yhtä suuren heikennyksen' : ''}. Testin jatkaminen vain kaventaisi väliä, joka jo sulkee sen pois.`,
  'experiment.badWorthwhile': (p) => `Pienimmän tavoittelemisen arvoisen parannuksen pitää olla nollaa suurempi osuus, nyt ${num(p.worthwhile)}.`,
  'experiment.tooFewVariants': (p) => `Testissä pitää olla vähintään 2 versiota, tässä niitä on ${num(p.count)}.`,
  'experiment.tooManyVariants': (p) =>
    `Testissä on ${num(p.count)} versiota, enemmän kuin Mittari vertaa kerralla (enintään ${num(p.max)}); analysoi versiot pienemmissä ryhmissä, kukin verrokin kanssa.`,
  'experiment.duplicateVariant': (p) => `Versio ${q(p.name)} esiintyy kahdesti; anna jokaiselle versiolle yksi rivi mittaria kohden.`,
  'experiment.badUsers': (p) => `${p.name}: käyttäjien määrän pitää olla nollaa suurempi kokonaisluku, nyt ${num(p.users)}.`,
  'experiment.badConversions': (p) => `${p.name}: konversioiden määrän pitää olla kokonaisluku väliltä 0–${num(p.users)} (käyttäjien määrä), nyt ${num(p.conversions)}.`,
  'experiment.noSuchControl': (p) => `Versiota ${q(p.wanted)} ei ole; versiot ovat ${and(p.names)}.`,
  'experiment.badAlpha': (p) => `Merkitsevyystason (alfa) pitää olla 0:n ja 1:n välillä, nyt ${num(p.alpha)}.`,
  'experiment.weightCount': (p) => `Painoja on ${num(p.weights)}, mutta versioita ${num(p.arms)}.`,
  'experiment.badWeights': (p) => `Painojen pitää olla positiivisia lukuja, nyt ${list(p.weights)}.`,
  'plan.whyFormulasDiffer': () =>
    'Evan Millerin kaava laskee hajonnan ”ei eroa” -oletuksella pelkästä lähtötason konversioasteesta, 2p(1 − p); ' +
    'oppikirjojen kaava yhdistää kummankin version asteet, p̄ = p + d/2, mikä nousevalla asteella antaa suuremman hajonnan ' +
    `ja vaatii siksi enemmän käyttäjiä (noin 6${'\u00a0'}% enemmän, kun lähtötaso on 20${'\u00a0'}% ja vaikutus +5 prosenttiyksikköä).`,
  'plan.alpha': (p) => `Merkitsevyystason (alfa) pitää olla 0:n ja 1:n välillä, nyt ${num(p.alpha)}.`,
  'plan.power': (p) => `Testin voiman pitää olla 0:n ja 1:n välillä, nyt ${num(p.power)}.`,
  'plan.baseline': (p) => `Lähtötason konversioasteen pitää olla 0\u00a0%:n ja 100\u00a0%:n välillä, nyt ${pctAsTyped(p.baseline)}.`,
  'plan.effect': (p) => `Vaikutuksen pitää olla jokin muu luku kuin 0, nyt ${pctAsTyped(p.effect)}.`,
  'plan.sum': (p) => `Lähtötaso ${pctAsTyped(p.baseline)} ja vaikutus ${pctAsTyped(p.effect)} eivät yhdessä anna konversioastetta 0\u00a0%:n ja 100\u00a0%:n väliltä.`,
  'experiment.badPrior': (p) => `Beeta-priori tarvitsee kaksi positiivista lukua, nyt ${list(p.prior)}.`,
  'experiment.findingWinner': (p) => `${p.variant} voittaa version ${p.control} ${lift(p.lift)}:lla; todennäköisyys, että se on parempi: ${chance(p.chance)}.`,
  'experiment.findingLoser': (p) => `${p.variant} konvertoi ${lift(Math.abs(p.lift))} huonommin kuin ${p.control}; todennäköisyys, että ${p.control} on parempi: ${chance(p.chance)}.`,
  'experiment.findingNoLift': (p) => `Ei merkityksellistä eroa versioiden ${and([...p.variants, p.control])} välillä: testin voi lopettaa.`,
  'experiment.findingOpen': (p) =>
    `Ei vielä selvää voittajaa: ${p.variant} on toistaiseksi ${signedLift(p.lift)} verrattuna versioon ${p.control} (todennäköisyys, että se on parempi: ${chance(p.chance)})` +
    (p.more !== null && p.more > 0 ? `; näin suuren eron erottaminen vaatii noin ${num(Math.round(p.more))} käyttäjää lisää versiota kohden.` : '.'),
  'experiment.findingBest': (p) => `Todennäköisyys, että ${p.variant} konvertoi parhaiten: ${chance(p.chance)}.`,
};

