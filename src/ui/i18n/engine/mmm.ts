// Markkinointimixmallin lauseet suomeksi: taulukon luku, mitä data pystyy kertomaan, maalaisjärjen vastaiset
// sovitukset ja budjetti mallin käyristä.
import type { Translation } from '../../../lib/messages';
import type { mmmMessages } from '../../../lib/mmm/messages';
import { and, fixed, int, one, pct, q } from './format';

const viikkoa = (n: number) => (n === 1 ? '1 viikko' : `${int(n)} viikkoa`);

export const mmmFi: Translation<typeof mmmMessages> = {
  'mmm.noDate': () => 'Päivämääräsarake puuttuu: markkinointimixtaulukossa on rivi viikkoa (tai päivää) kohden päivämäärineen.',
  'mmm.noOutcome': () => 'Tulossarake puuttuu (liikevaihto, myynti, konversiot, liidit…): valitse se sarakkeiden kohdistuksessa.',
  'mmm.tooFewWeeks': (p) => `Dataa on vain ${viikkoa(p.weeks)}: markkinointimixmalli tarvitsee vähintään 8 viikkoa.`,
  'mmm.cancelled': () => 'Sovitus peruttiin.',
  'mmm.noSpend': () => 'Kulusarake puuttuu (*_spend, *_S, spend_*, Cost *, * kulut): valitse sarakkeiden kohdistuksessa vähintään yksi kanava.',
  'mmm.badDate': (p) => `Rivi ${int(p.row)} ohitettiin: ${q(p.value)} ei ole päivämäärä.`,
  'mmm.badOutcome': (p) => `Rivi ${int(p.row)} ohitettiin: sen tulos ${q(p.value)} ei ole luku.`,
  'mmm.blankCells': (p) => `${p.column}: ${int(p.count)} ${p.count === 1 ? 'tyhjä tai lukukelvoton solu luettiin' : 'tyhjää tai lukukelvotonta solua luettiin'} nollaksi.`,
  'mmm.geoSummed': (p) => `${int(p.geos)} aluetta laskettiin yhteen koko maan viikoiksi (kulut ja tulos summattiin, taustamuuttujat keskiarvoistettiin); malli sovitetaan koko maan summaan.`,
  'mmm.dailySummed': (p) => `${int(p.rows)} päivittäistä riviä laskettiin yhteen ${int(p.weeks)} ISO-viikoksi (maanantaista sunnuntaihin).`,
  'mmm.valuePerOutcome': (p) => `Tulos on ${p.outcome} × ${p.column} (arvo tulosta kohden), joten ROI on arvoa kulueuroa kohden.`,
  'mmm.timeIndexIgnored': (p) => `${p.column} näyttää aikaindeksiltä; mallissa on oma trendi ja kausivaihtelu, joten sarake jätetään pois.`,
  'mmm.gaps': (p) => `Ensimmäisen ja viimeisen viikon välistä puuttuu ${viikkoa(p.count)}; jälkivaikutus jatkuu aukon yli.`,
  'mmm.spendGuessed': (p) => `Yhtään saraketta ei ole merkitty kuluksi, joten ${and(p.columns)} luetaan kanavien kuluiksi; jos ne ovat näyttökertoja tai valmiiksi skaalattuja, ROI on niiden yksikköä kohden.`,
  'mmm.eventLevels': (p) => `${p.column} sisältää nimettyjä tapahtumia; kustakin tulee 0/1-tapahtuma: ${and(p.levels)}.`,
  'mmm.shortData': (p) => `Vain ${viikkoa(p.weeks)}: alle noin vuoden datasta trendiä, kausivaihtelua ja mediaa ei pysty erottamaan hyvin; pidä kaikkia lukuja suuntaa-antavina.`,
  'mmm.zeroSpend': (p) => `Kanavalla ${p.channel} ei ole kuluja näillä viikoilla, joten se jätetään mallin ulkopuolelle.`,
  'mmm.flatSpend': (p) => `Kanavan ${p.channel} viikkokulut tuskin vaihtelevat (variaatiokerroin ${pct(p.cv)}): data ei erota sen vaikutusta perustasosta, joten sen luvut nojaavat ennakko-oletukseen.`,
  'mmm.grouped': (p) => `${and(p.channels)} liikkuvat yhdessä (korrelaatio ${pct(p.r, 0)}): data ei pysty jakamaan niiden vaikutusta, joten ne sovitetaan ja raportoidaan yhtenä ryhmänä.`,
  'mmm.constantControl': (p) => `${p.name} ei muutu viikkojen aikana, joten se jätetään pois.`,
  'mmm.noHoldout': (p) => `Viikkoja on liian vähän (${int(p.weeks)}) osan jättämiseen testiin: ridge-voimakkuus on oletus, eikä testiviikkojen virhettä raportoida.`,
  'mmm.zeroEffect': (p) => `Malli ei löydä kanavalle ${p.channel} vaikutusta (${pct(p.spendShare)} kuluista). Nolla on kohta, johon sovitus pysähtyi, ei mittaus: testaa se holdout-kokeella ennen kuin leikkaat sitä.`,
  'mmm.roiOutlier': (p) => `Kanavan ${p.channel} ROI ${one(p.roi)} on yli viisinkertainen kanavien mediaaniin ${one(p.median)} nähden: tarkista se lift-testillä ennen kuin siirrät rahaa sen perusteella.`,
  'mmm.mediaDominates': (p) => `Media selittää ${pct(p.share)} tuloksesta, ja perustasolle jää vähän: useimmille yrityksille epäuskottavaa; tarkista tulossarake ja taustamuuttujat.`,
  'mmm.negativeBaseline': (p) => `Perustaso on nollan alapuolella ${p.weeks === 1 ? '1 viikolla' : `${int(p.weeks)} viikolla`}: medialle annetaan siellä enemmän kuin koko tulos.`,
  'mmm.wideInterval': (p) => `Kanavan ${p.channel} ROI on epävarma: sen väli ulottuu ${one(p.low)}:sta ${one(p.high)}:een.`,
  'mmm.held': (p) => `${p.channel} pidetään nykyisellä kulutasolla: sen siirto auttaa vain ${pct(p.share, 0)} bootstrap-otoksista.`,
  'mmm.keptCurrent': () => 'Paras jako, josta otokset ovat yhtä mieltä, ei ole sovitetuilla käyrillä nykyistä parempi, joten nykyiset kulut pidetään.',
  'mmm.groupSplit': (p) => `${p.group} on yksi ryhmä: sen kulut jaetaan kanaville nykyisessä suhteessa.`,
  'mmm.liftNoChannel': () => 'Kasvutestistä puuttuu testattu kanava.',
  'mmm.liftBadDates': (p) => `Kanavan ${p.channel} kasvutesti jätetään pois: ${q(p.from)}–${q(p.to)} ei ole päivämääräväli (vvvv-kk-pp, alku ennen loppua).`,
  'mmm.liftBadInterval': (p) => `Kanavan ${p.channel} kasvutesti jätetään pois: kasvun ${one(p.lift)} on oltava välillä ${one(p.low)}–${one(p.high)}, ja välillä on oltava leveyttä.`,
  'mmm.liftUnknownChannel': (p) => `Kanavan ${p.channel} kasvutesti jätetään pois: mallissa ei ole sen nimistä kanavaa, jolla on kuluja.`,
  'mmm.liftNoAb': () => 'A/B-testissä ei ole varianttia, jolla on käyttäjiä verrattavaksi kontrolliin.',
  'mmm.liftOutside': (p) => `Kanavan ${p.channel} kasvutesti (${p.from}–${p.to}) jätetään pois: datassa ei ole yhtään viikkoa sillä välillä.`,
  'mmm.findingFit': (p) =>
    `Malli selittää ${pct(Math.max(0, p.r2), 0)} tuloksen viikoittaisesta vaihtelusta (R² ${fixed(p.r2, 2)}); viikot poikkeavat keskimäärin ${pct(p.mape, 1)} (MAPE)` +
    (p.holdout ? `, sivuun jätetyillä ${int(p.holdout.weeks)} viikolla ${pct(p.holdout.mape, 1)}.` : '.'),
  'mmm.findingContribution': (p) =>
    `${p.channel} tuo suurimman osuuden tuloksesta, ${pct(p.share, 0)}, ja sen ROI on ${fixed(p.roi, 2)}${p.interval ? ` (90 %:n väli ${fixed(p.interval.low, 2)}–${fixed(p.interval.high, 2)})` : ''}.`,
  'mmm.findingRoi': (p) =>
    `${p.best} tuottaa eniten kulutettua rahaa kohden, ROI ${fixed(p.bestRoi, 2)}${p.interval ? ` (90 %:n väli ${fixed(p.interval.low, 2)}–${fixed(p.interval.high, 2)})` : ''}; ${p.worst} vähiten, ${fixed(p.worstRoi, 2)}.`,
  'mmm.findingDecomposition': (p) =>
    `Media tuo ${pct(p.media, 0)} tuloksesta; perustaso (trendi, kausi, taustamuuttujat) loput ${pct(Math.max(0, 1 - p.media), 0)}.`,
  'mmm.findingMove': (p) =>
    `Kanavan ${p.channel} viikkokulujen ${p.to > p.from ? 'nosto' : 'lasku'} (${int(p.from)} → ${int(p.to)}) ${p.gain >= 0 ? 'lisää' : 'vähentää'} tulosta odotetusti ${one(Math.abs(p.gain))} viikossa.`,
  'mmm.findingStay': (p) =>
    `${p.channel} pysyy nykyisissä viikkokuluissaan (${int(p.weekly)})${p.held ? ': otokset eivät ole yksimielisiä siitä, auttaisiko siirto' : ': se on jo siellä, missä suunnitelma sen haluaa'}.`,
};

