// Kaavioiden tekstit ruudunlukijoille: <desc>-yhteenvedot ja piilotettujen taulukkovaihtoehtojen otsikot.
// Sama muoto kuin en/charts.ts.
import type { chartsMessages as en } from '../en/charts';

const kpl = (n: number, one: string, many: string) => (n === 1 ? one : many);

export const chartsMessages: typeof en = {
  charts: {
    noData: 'Ei tietoja.',
    other: 'Muut',
    folded: (n: number, names: string) => `${n} ${kpl(n, 'pienin kanava on yhdistetty', 'pienintä kanavaa on yhdistetty')} palkkiin Muut: ${names}`,
    barsDesc: (n: number, series: string, top: string, topSeries: string, value: string) =>
      `${n} ${kpl(n, 'ryhmä', 'ryhmää')}, sarjat: ${series}. Suurin arvo on ${top} (${topSeries}, ${value}). Kaavion jälkeinen taulukko luettelee kaikki arvot.`,
    hbarsDesc: (largest: string, largestValue: string, smallest: string, smallestValue: string) =>
      `Suurin: ${largest} (${largestValue}); pienin: ${smallest} (${smallestValue}).`,
    heatmapDesc: (rows: number, cols: number) =>
      `${rows} ${kpl(rows, 'rivi', 'riviä')} ja ${cols} ${kpl(cols, 'sarake', 'saraketta')}; kunkin solun arvo näkyy sen työkaluvihjeessä ja kaavion vieressä olevassa taulukossa.`,
    lineDesc: (series: string, from: string, to: string, last: string) => `${series}: ${from} – ${to}, viimeisin arvo ${last}`,
    forestDesc: (label: string, estimate: string, lo: string, hi: string, excludesZero: boolean) =>
      `${label}: ${estimate} (väli ${lo} – ${hi})${excludesZero ? ', väli ei sisällä nollaa' : ''}`,
    interval: (lo: string, hi: string) => `väli ${lo} – ${hi}`,
    value: 'Arvo',
    series: 'Sarja',
    firstX: 'Alku',
    lastX: 'Loppu',
    lowest: 'Pienin',
    highest: 'Suurin',
    lastValue: 'Viimeisin arvo',
    estimate: 'Arvio',
    low: 'Alaraja',
    high: 'Yläraja',
  },
};
