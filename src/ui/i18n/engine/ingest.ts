// Tiedostojen lukemisen moottorilauseet suomeksi (latausvirheet, varoitukset, sarakemääritysten ongelmat).
import type { Translation } from '../../../lib/messages';
import type { ingestMessages } from '../../../lib/ingest/messages';
import type { ColumnRole } from '../../../lib/types';
import { fi } from '../fi';
import { date, fixed, int, num, q } from './format';

/** parsing/binary.ts names what a binary file is in English; these are the same kinds. */
const BINARY: Record<string, string> = {
  'an Excel workbook or ZIP archive (.xlsx/.zip)': 'Excel-työkirja tai ZIP-arkisto (.xlsx/.zip)',
  'an old Excel workbook (.xls)': 'vanhan muotoinen Excel-työkirja (.xls)',
  'a PDF': 'PDF-tiedosto',
  'an image': 'kuvatiedosto',
  'a binary file': 'binääritiedosto',
};

/** The requirements of schema/roles.ts, keyed by their roles. */
const REQUIRED: Record<string, string> = {
  journey_id: 'polun tunniste (liidi, kontakti, käyttäjätunnus)',
  'channel|source': 'kanava tai lähde (channel, utm_source, Original Source)',
  path: 'polku (kanavat merkillä ” > ” yhdistettynä)',
  conversions: 'konversiot polkua kohden (total_conversions)',
  variant: 'versio (variant, variation, group)',
  users: 'käyttäjät versiota kohden (users, visitors, sessions, recipients)',
  'conversions|revenue': 'konversiot tai liikevaihto versiota kohden',
  user_id: 'käyttäjätunniste (user_id, anonymous_id)',
  'converted|revenue': 'tulos käyttäjää kohden (TRUE/FALSE- tai 0/1-sarake, tai luku kuten liikevaihto)',
  'channel|campaign': 'kanava tai kampanja',
  spend: 'mediakulu (cost, amount spent)',
  deal_id: 'kaupan tunniste (Record ID, Deal - ID)',
  'amount|stage|won': 'kaupan summa, vaihe tai tila',
  customer_id: 'asiakastunniste (customer, account id)',
  'start_date|end_date|active|mrr': 'alkupäivä, päättymispäivä, aktiivisuustieto tai kuukausitulo (MRR)',
  score: 'pisteet 0–10 (score, NPS, likelihood to recommend)',
  forecast: 'ennuste (forecast, ennuste)',
  actual: 'toteuma (actual, toteutunut)',
};

const role = (r: ColumnRole) => q(fi.codes.roles[r] ?? r);
const gb = (n: number) => `${fixed(n / 1024 ** 3, 1)} Gt`;
const mb = (n: number) => `${num(Math.round(n / 1024 ** 2))} Mt`;

export const ingestFi: Translation<typeof ingestMessages> = {
  'file.empty': (p) => `Tiedosto ${p.file} on tyhjä. Vie se uudelleen lähdejärjestelmästä.`,
  'file.binary': (p) =>
    `${p.file} on ${BINARY[p.what] ?? 'binääritiedosto'} eikä CSV-tiedosto. Avaa se Excelissä tai muussa taulukkolaskentaohjelmassa, tallenna se CSV-muodossa (pilkuin tai puolipistein eroteltuna) ja lisää sitten tallentamasi CSV-tiedosto.`,
  'file.unclosedQuote': (p) =>
    `${p.file}: rivillä ${p.row} alkaa lainausmerkeillä (") rajattu kenttä, joka ei sulkeudu, joten koko tiedoston loppuosa tulkittaisiin yhdeksi soluksi. Sulje tai poista ylimääräinen lainausmerkki riviltä ${p.row} ja lataa tiedosto uudelleen.`,
  'file.utf32': (p) =>
    `${p.file} on UTF-32-tekstiä (${p.order === 'little-endian' ? 'little-endian' : 'big-endian'}), jota Mittari ei lue. Tallenna se muodossa CSV UTF-8 (Excelissä: Tallenna nimellä, ”CSV UTF-8”) ja lisää se tiedosto.`,
  'file.lineTooLong': (p) =>
    `Tiedostossa ${p.file} on ${num(Math.round(p.bytes / 1024 ** 2))} Mt:n rivi (rivi ${p.line}), pidempi kuin ${num(Math.round(p.limit / 1024 ** 2))} Mt, jonka Mittari lukee yhdeltä riviltä. Mikään vienti ei kirjoita sellaista, joten tämä ei ole CSV-taulukko tai sen rivinvaihdot ovat kadonneet. Vie taulukko uudelleen CSV-muodossa.`,
  'file.tooManyColumns': (p) =>
    `Tiedostossa ${p.file} on ${num(p.columns)} saraketta; Mittari lukee enintään ${num(p.limit)} (saman verran kuin Excelissä on). Pidä tarvitsemasi sarakkeet (päivä, kanava, kulut, tunnisteet) ja vie tiedosto uudelleen.`,
  'file.cancelled': (p) => `Tiedoston ${p.file} lataus peruttiin.`,
  'file.headerOnly': (p) =>
    `Tiedostossa ${p.file} on otsikkorivi mutta ei yhtään datariviä. Tarkista viennin aikaväli tai suodattimet ja vie tiedosto uudelleen.`,
  'file.tooRagged': (p) =>
    `${p.file}: ${num(p.total)} rivistä ${num(p.ragged)} sisältää eri määrän kenttiä kuin otsikkorivi (rivillä ${p.row} on ${num(p.fields)} kenttää, otsikkorivillä ${num(p.width)}). Tarkista erotin (luettu: ${fi.codes.delimiters[p.delimiter]}) ja valitse tarvittaessa toinen aineiston asetuksista, tai korjaa tiedosto.`,
  'file.tooBig': (p) =>
    `${p.file} on ${mb(p.size)}; sen lukeminen täällä vaatisi noin ${gb(p.need)} muistia, enemmän kuin selaimen välilehti voi käyttää (noin ${gb(p.budget)}), joten sitä ei ladattu. Tiivistä se tietovarastossa polkutaulukoksi, versiokohtaisiksi summiksi tai viikoittaiseksi markkinointimix-taulukoksi (SQL-mallit ovat README-tiedostossa) tai jaa se päivämäärien mukaan osiin ja lisää osat.`,
  'file.unpackedTooBig': (p) =>
    `${p.file} on purettuna yli ${mb(p.limit)}, enemmän kuin selaimen välilehti voi lukea, joten sitä ei ladattu. Vie lyhyempi aikaväli tai tiivistä aineisto tietovarastossa (SQL-mallit ovat README-tiedostossa).`,
  'file.zipBroken': (p) => `${p.file} on ZIP- tai gzip-arkisto, jota ei voi avata: se saattaa olla katkennut. Lataa se uudelleen tai pura se ja lisää sen CSV-tiedostot.`,
  'file.zipNoCsv': (p) => `${p.file} ei sisällä CSV-tiedostoa${p.names.length ? ` (se sisältää: ${p.names.join(', ')})` : ''}. Lisää itse CSV-vienti tai ZIP, joka sisältää sen.`,
  'file.zipNoMember': (p) => `${p.file} ei enää sisällä tiedostoa ${p.member}. Lisää tiedosto uudelleen.`,
  'file.zipEncrypted': (p) => `${p.member} arkistossa ${p.file} on suojattu salasanalla. Pura se salasanalla ja lisää CSV-tiedosto.`,
  'file.zipMethod': (p) => `${p.member} arkistossa ${p.file} on pakattu tavalla, jota Mittari ei lue (menetelmä ${p.method}). Pura se ja lisää CSV-tiedosto.`,
  'file.zipSizeMismatch': (p) =>
    `${p.member} arkistossa ${p.file} sisältää enemmän kuin arkiston ilmoittamat ${num(p.declared)} tavua, kuten zip-pommi, joten sitä ei avattu. Avaa tiedosto sen tehneessä ohjelmassa ja tallenna se uudelleen.`,
  'file.xlsxBroken': (p) =>
    `${p.file} on Excel-työkirja, jota ei voi lukea: ${p.part === 'the zip directory' ? 'ZIP-hakemisto' : p.part} puuttuu tai on vioittunut. Avaa se Excelissä ja tallenna uudelleen, tai tallenna taulukko CSV-muodossa ja lisää se.`,
  'file.xlsxNoSheet': (p) =>
    `Työkirjassa ${p.file} ei ole taulukkoa ${q(p.sheet)}; sen taulukot ovat ${p.sheets.map(q).join(', ')}. Valitse jokin niistä.`,
  'file.xlsxNotTable': (p) =>
    `Työkirjan ${p.file} taulukko ${q(p.sheet)} on kaavio eikä solutaulukko. Valitse taulukko, jossa data on.`,
  'file.xlsxOutside': (p) =>
    `${p.file}${p.sheet ? `, taulukko ${q(p.sheet)}` : ''}: solu ${p.cell} on Excel-taulukon ulkopuolella (enintään 1 048 576 riviä ja sarakkeet XFD:hen asti), joten tätä työkirjaa ei ole kirjoittanut Excel. Avaa se Excelissä ja tallenna uudelleen, tai tallenna taulukko CSV-muodossa.`,
  'warning.xlsxUncached': (p) =>
    `Taulukossa ${q(p.sheet)} on ${num(p.count)} kaavasolu${p.count === 1 ? '' : 'a'} ilman tallennettua tulosta (ensimmäinen on ${p.cell}); Mittari ei koskaan laske kaavoja, joten ne luetaan tyhjinä. Avaa työkirja Excelissä, tallenna se ja lataa uudelleen.`,
  'file.parquetCodec': (p) =>
    `${p.file} on pakattu ${p.codec}-menetelmällä (sarake ${q(p.column)}), jota Mittari ei lue. Vie se uudelleen Snappy-pakkauksella (tai pakkaamatta): BigQueryssä --compression=SNAPPY, DuckDB:ssä COPY ... (FORMAT parquet, COMPRESSION snappy).`,
  'file.parquetTooBig': (p) =>
    `${p.file} sisältää ${num(p.rows)} riviä × ${num(p.columns)} saraketta, enemmän kuin selaimen välilehden lukemat ${num(p.limit)} solua, joten sitä ei ladattu. Vie vähemmän sarakkeita tai lyhyempi aikaväli, tai tiivistä aineisto tietovarastossa (SQL-mallit ovat README-tiedostossa).`,
  'file.parquetBroken': (p) =>
    `${p.file} on Parquet-tiedosto, jota ei voi lukea (${p.reason}). Vie se uudelleen; jos lukeminen epäonnistuu yhä, vie taulukko CSV-muodossa.`,
  'reconcile.noPlatformConversions': (p) =>
    `Tiedostossa ${p.file} ei ole konversiosaraketta, joten alustan ilmoittamia konversioita ei ole verrattavana kosketuslokiin. Vie raportti Conversions- (tai Results-) sarakkeen kanssa.`,
  'reconcile.noLogConversions': (p) =>
    `Tiedostossa ${p.file} ei ole päivättyjä konversioita, joten se ei hyvitä konversioita verrattavaksi alustan lukuihin. Määritä sen konversio- ja aikaleimasarakkeet.`,
  'reconcile.noDates': (p) =>
    `Tiedostossa ${p.file} ei ole päivämääriä (yksi rivi koko jaksolle), joten sen konversioita ei voi kohdistaa kosketuslokin päiviin. Vie se päivittäin (Metassa Breakdown → By time → Day; Google Adsissa Day-segmentti).`,
  'reconcile.noOverlap': (p) =>
    `Tiedostoilla ${p.platformFile} ja ${p.logFile} ei ole yhteisiä päiviä, joten niiden konversioita ei voi verrata. Vie molemmat samalta jaksolta.`,
  'reconcile.summary': (p) => {
    const gap = p.log > 0 ? ` (${p.platform >= p.log ? `${int((p.platform / p.log - 1) * 100)} % enemmän` : `${int((1 - p.platform / p.log) * 100)} % vähemmän`})` : '';
    const none = p.unmatched.length > 0 ? ` Mikään lokin kanava tai kampanja ei vastaa nimeä ${p.unmatched.map(q).join(', ')}.` : '';
    return `Päivinä ${date(p.from)}–${date(p.to)}, jotka molemmat tiedostot kattavat, ${p.platformFile} ilmoittaa ${int(p.platform)} konversiota ja ${p.logFile} hyvittää samoille kanaville ${int(p.log)} viimeisen kosketuksen mukaan${gap}. Alustat laskevat myös näyttökerran jälkeiset konversiot omilla attribuutioikkunoillaan, joten niiden luvut ovat yleensä suurempia.${none}`;
  },
  'warning.duplicateHeader': (p) =>
    `Sarake ${q(p.name)} esiintyy kahdesti (sarakkeet ${p.first} ja ${p.second}); jälkimmäinen näytetään nimellä ${q(p.renamed)}. Nimeä toinen niistä tiedostossa uudelleen, jos ne sisältävät eri tietoa.`,
  'warning.duplicateHeaders': (p) =>
    `${num(p.count)} saraketta toistaa aiemman sarakkeen nimen (ensimmäinen on ${q(p.name)} sarakkeessa ${p.column}); kukin sai numeron, kuten ${q(p.renamed)}. Nimeä ne tiedostossa uudelleen, jos ne sisältävät eri tietoa.`,
  'warning.repeatedHeader': (p) => (p.rows.length === 1
    ? `Rivi ${p.rows[0]} toistaa otsikkorivin, kuten silloin, kun kaksi vientiä on yhdistetty yhdeksi tiedostoksi. Rivi ohitettiin ja sen alla olevat rivit luettiin datana; tarkista, että viennit kattavat eri päivät tai tietueet.`
    : `${num(p.rows.length)} riviä toistaa otsikkorivin (ensimmäinen on rivi ${p.rows[0]}), kuten silloin, kun kaksi vientiä on yhdistetty yhdeksi tiedostoksi. Rivit ohitettiin ja niiden alla olevat rivit luettiin datana; tarkista, että viennit kattavat eri päivät tai tietueet.`),
  'warning.bomMismatch': (p) =>
    `Tiedosto alkaa ${p.claimed.toUpperCase()}-tavujärjestysmerkillä, mutta sen tavut ovat ${p.read.toUpperCase()}-tekstiä, joten se luettiin ${p.read.toUpperCase()}-muodossa. Tarkista muutama nimi, jossa on kirjaimia kuten ä tai ö; tallenna tiedosto varmuuden vuoksi uudelleen muodossa CSV UTF-8.`,
  'warning.formula': (p) => (p.count === 1
    ? `Sarakkeessa ${q(p.column)} on solu, joka alkaa kuin taulukkolaskennan kaava (rivi ${p.row}: ${p.value}). Mittari lukee sen pelkkänä tekstinä eikä koskaan suorita sitä, ja sen CSV-viennit lisäävät eteen heittomerkin, jotta taulukkolaskentaohjelmatkin tekevät niin. Tarkista lähdejärjestelmä, jos et odottanut tällaista solua.`
    : `Sarakkeessa ${q(p.column)} on ${num(p.count)} solua, jotka alkavat kuin taulukkolaskennan kaava (ensimmäinen rivillä ${p.row}: ${p.value}). Mittari lukee ne pelkkänä tekstinä eikä koskaan suorita niitä, ja sen CSV-viennit lisäävät eteen heittomerkin, jotta taulukkolaskentaohjelmatkin tekevät niin. Tarkista lähdejärjestelmä, jos et odottanut tällaisia soluja.`),
  'warning.duplicateRows': (p) => (p.count === 1
    ? `Rivi ${p.row} toistaa rivin ${p.of} solu solulta. Se luettiin sellaisenaan; jos vienti kahdensi sen, poista se ja lataa tiedosto uudelleen.`
    : `${num(p.count)} riviä toistaa aiemman rivin solu solulta (ensimmäinen: rivi ${p.row} toistaa riviä ${p.of}). Ne luettiin sellaisinaan; jos vienti kahdensi ne, poista ne ja lataa tiedosto uudelleen.`),
  'warning.ambiguousDates': (p) =>
    `Sarakkeen ${q(p.column)} päivämäärät voivat olla muotoa päivä/kuukausi tai kuukausi/päivä; ne luettiin muodossa ${p.monthFirst ? 'kuukausi/päivä' : 'päivä/kuukausi'}. Tarkista muutama rivi.`,
  'warning.userExclusions': (p) => {
    const parts = [
      p.usersInTwoVariants > 0 ? `${num(p.usersInTwoVariants)} ${p.usersInTwoVariants === 1 ? 'käyttäjä esiintyy' : 'käyttäjää esiintyy'} kahdessa versiossa (${num(p.rowsInTwoVariants)} riviä), ja ${p.usersInTwoVariants === 1 ? 'se on' : 'ne on'} jätetty pois kaikista luvuista` : '',
      p.duplicateRows > 0 ? `${num(p.duplicateRows)} ${p.duplicateRows === 1 ? 'rivi toistaa' : 'riviä toistaa'} saman käyttäjän aiemman rivin sellaisenaan, eikä ${p.duplicateRows === 1 ? 'sitä' : 'niitä'} laskettu uudelleen` : '',
      p.repeatedUsers > 0 ? `${num(p.repeatedUsers)} ${p.repeatedUsers === 1 ? 'käyttäjällä' : 'käyttäjällä'} on useampi rivi samassa versiossa: kukin lasketaan kerran (konvertoitunut, jos jokin rivi konvertoitui; arvot laskettu yhteen)` : '',
      p.rowsWithoutVariant > 0 ? `${num(p.rowsWithoutVariant)} ${p.rowsWithoutVariant === 1 ? 'rivillä' : 'rivillä'} ei ole versiota, eikä ${p.rowsWithoutVariant === 1 ? 'sitä' : 'niitä'} käytetty` : '',
    ].filter((x) => x !== '');
    const text = parts.join('; ');
    return `${text.charAt(0).toUpperCase()}${text.slice(1)}. Pois jätetyt rivit on lueteltu rivinumeroineen.`;
  },
  'mapping.unknownFile': (p) =>
    `Mittari ei tunnistanut, millaista aineistoa ${p.file} sisältää. Valitse sarakkeiden määrityksessä aineiston tyyppi ja kunkin sarakkeen rooli.`,
  'mapping.unknown': () => 'Mittari ei tunnistanut, mitä tiedosto sisältää. Valitse aineiston tyyppi sarakkeiden määrityksen yläpuolelta.',
  'mapping.unreadableDates': (p) =>
    `Mikään sarakkeen ${q(p.column)} arvo ei ole luettavissa päivämääränä (rivi ${p.row}: ${q(p.value)}), joten yhtään riviä ei voitu käyttää. Määritä toinen sarake rooliin ${q(fi.codes.roles[p.role] ?? p.role)}, aseta tämä sarake tilaan ”Ei käytössä” tai korjaa tiedoston päivämäärät.`,
  'mapping.roleNotAllowed': (p) =>
    `Sarakkeella ${q(p.column)} ei voi olla roolia ${role(p.role)} tämäntyyppisessä tiedostossa. Valitse toinen rooli tai ”Ei käytössä”.`,
  'mapping.roleTwice': (p) => `Sarakkeet ${q(p.first)} ja ${q(p.second)} on molemmat määritetty rooliin ${role(p.role)}. Aseta toinen niistä tilaan ”Ei käytössä”.`,
  'mapping.missing': (p) =>
    `Sarake puuttuu: ${REQUIRED[p.roles.join('|')] ?? p.roles.map((r) => fi.codes.roles[r] ?? r).join(' tai ')}. Valitse se sarakkeiden määrityksessä.`,
  'issue.ragged': (p) => `${num(p.fields)} ${p.fields === 1 ? 'kenttä' : 'kenttää'}, otsikkorivillä ${num(p.width)}`,
  'currency.mixed': (p) =>
    `${p.file} sisältää summia valuutoissa ${p.currencies.join(' ja ')}, eikä Mittari laske niitä yhteen: vie yksi tiedosto valuuttaa kohden tai jätä vain yhden valuutan rivit.`,
};

