// Header synonyms per column role, already normalised (see normalize.ts; a test keeps them so).
// Order matters: an earlier synonym wins over a later one when two columns match the same role.
// Sources: FORMATS.md (GA4 UI and BigQuery, HubSpot, Pipedrive, Google Ads, LinkedIn, Meta,
// ChannelAttribution, GrowthBook/Eppo/Statsig), plus Finnish and a few Czech (Pipedrive) labels.

import type { ColumnRole, DatasetKind } from '../types';

export type MappedRole = Exclude<ColumnRole, 'ignore'>;

export const SYNONYMS: Readonly<Record<MappedRole, readonly string[]>> = {
  // ---- touchpoints
  journey_id: [
    'contact_id', 'contact id', 'lead_id', 'lead id', 'user_pseudo_id', 'user_id', 'user id', 'userid',
    'customer_id', 'customer id', 'client_id', 'client id', 'visitor_id', 'visitor id', 'anonymous_id',
    'journey_id', 'journey id', 'person id', 'person_id', 'record id', 'hs_object_id', 'vid', 'cookie id',
    'contact', 'lead', 'customer', 'user', 'visitor', 'email', 'e-mail', 'cookie', 'cookie_id', 'device_id', 'id',
    'asiakas', 'asiakas id', 'asiakasnumero', 'asiakastunnus', 'asiakkaan id', 'liidi', 'liidi id',
    'kontakti', 'kontakti id', 'yhteyshenkilo', 'kayttaja', 'kayttaja id', 'kavija', 'sahkoposti',
  ],
  timestamp: [
    'timestamp', 'event_timestamp', 'event time', 'time', 'datetime', 'date time', 'touch time',
    'touchpoint time', 'ts', 'ts_assigned', 'created at', 'occurred at', 'event_date', 'date', 'day',
    'create date', 'createdate', 'aikaleima', 'aika', 'ajankohta', 'paivamaara', 'pvm', 'paiva',
    'tapahtuma-aika', 'kellonaika',
  ],
  channel: [
    'channel', 'channel name', 'marketing channel', 'session default channel group',
    'first user default channel group', 'default channel group', 'default channel grouping',
    'channel group', 'channel grouping', 'original source', 'latest source', 'platform', 'ad platform',
    'network', 'kanava', 'markkinointikanava', 'kanavaryhma', 'istunnon oletusarvoinen kanavaryhma',
    // Lead source of deals and customers (Pipedrive `Deal - Source channel`, Salesforce `Lead Source`).
    'source channel', 'lead source', 'deal source', 'acquisition channel', 'liidin lahde', 'hankintakanava',
  ],
  source: [
    'source', 'utm_source', 'utm source', 'session source', 'first user source', 'traffic_source source',
    'manual_source', 'collected_traffic_source manual_source', 'session source medium', 'source medium',
    'original source drill-down 1', 'referrer', 'lahde', 'liikenteen lahde',
  ],
  medium: [
    'medium', 'utm_medium', 'utm medium', 'session medium', 'first user medium', 'traffic_source medium',
    'manual_medium', 'collected_traffic_source manual_medium', 'media', 'valine',
  ],
  touch_type: [
    'touchpoint_type', 'touchpoint type', 'touch type', 'touch_type', 'touchpoint', 'interaction type',
    'activity type', 'event type', 'type', 'tyyppi', 'kosketuspiste', 'kosketuspisteen tyyppi',
    'toiminto', 'toimenpide',
  ],
  campaign: [
    'campaign', 'campaign name', 'campaign_name', 'utm_campaign', 'utm campaign', 'session campaign',
    'first user campaign', 'manual_campaign_name', 'collected_traffic_source manual_campaign_name',
    'traffic_source name', 'kampanja', 'kampanjan nimi', 'kampanja nimi',
    // Only a campaign id, when the file names no campaign (the public Facebook ads dataset): last, so a name wins.
    'campaign id', 'campaign_id', 'xyz_campaign_id', 'fb_campaign_id', 'kampanjan tunnus',
  ],
  stage: [
    'stage', 'lifecycle stage', 'lifecyclestage', 'deal stage', 'dealstage', 'funnel stage',
    'pipeline stage', 'lead stage', 'deal - stage', 'vaihe', 'elinkaaren vaihe', 'myyntivaihe',
    'suppilon vaihe', 'kaupan vaihe', 'faze',
  ],
  conversion: [
    'converted', 'conversion', 'is_conversion', 'is conversion', 'is converted', 'won', 'closed won',
    'key event', 'conversions', 'konvertoitui', 'konversio', 'muunnos', 'kauppa', 'voitettu', 'tilaus',
  ],
  // `interaction` (impression / click / conversion): ad-server logs, where a conversion is its own row.
  event_name: ['event_name', 'event name', 'event', 'event action', 'interaction', 'event type', 'tapahtuma', 'tapahtuman nimi', 'vuorovaikutus'],
  value: [
    'value', 'deal_value', 'deal value', 'conversion value', 'conv value', 'total conversion value',
    'total_conversion_value', 'revenue', 'event value', 'purchase revenue', 'total revenue', 'amount',
    'arvo', 'kaupan arvo', 'tulo', 'tulot', 'summa', 'myynti', 'liikevaihto', 'konversioarvo',
  ],
  cost: ['cost', 'touch cost', 'kustannus', 'hinta'],
  // ---- path tables
  path: [
    'path', 'paths', 'channel path', 'conversion path', 'top conversion paths', 'user path',
    'path channels', 'journey', 'polku', 'reitti', 'asiakaspolku', 'kanavapolku', 'konversiopolku',
  ],
  conversions: [
    'conversions', 'total_conversions', 'total conversions', 'conversion count', 'unique conversions',
    'total conversion count', 'total_conversion', 'total conversion', 'successes', 'key events', 'orders', 'purchases', 'konversiot',
    'muunnokset', 'konversioita', 'tilaukset', 'kaupat',
    // Meta Ads Manager's column of the campaign's optimisation goal (purchases, leads...).
    'results', 'tulokset',
  ],
  nulls: [
    'total_null', 'total null', 'total nulls', 'nulls', 'null', 'non conversions', 'non-conversions',
    'non converting', 'ei konversiota', 'ei konvertoituneet',
  ],
  // ---- experiments
  variant: [
    'variant', 'variation', 'variant_name', 'variant name', 'variation_id', 'variation id',
    'variation_name', 'variation name', 'variant id', 'arm', 'group', 'version', 'treatment', 'bucket',
    'cell', 'test group', 'test_group', 'experiment group', 'ab group', 'test variant', 'experiment variant',
    'cohort', 'assignment', 'versio', 'muunnelma', 'ryhma', 'variantti', 'testiryhma', 'koeryhma',
  ],
  users: [
    'users', 'visitors', 'sessions', 'recipients', 'participants', 'samples', 'sample size', 'trials',
    'exposures', 'unique visitors', 'total users', 'n', 'kavijat', 'kayttajat', 'vastaanottajat',
    'istunnot', 'osallistujat', 'otos',
  ],
  revenue: [
    'revenue', 'revenue_sum', 'revenue sum', 'total revenue', 'sum revenue', 'value', 'sales', 'amount',
    'tulo', 'tulot', 'liikevaihto', 'myynti', 'arvo',
  ],
  revenue_ss: [
    'revenue_sum_squares', 'revenue sum squares', 'revenue sum of squares', 'sum_squares', 'sum squares',
    'sum of squares', 'revenue_ss', 'revenue ss', 'neliosumma',
  ],
  metric: ['metric', 'metric name', 'goal', 'mittari', 'tavoite'],
  weight: [
    'weight', 'traffic', 'traffic share', 'traffic split', 'allocation', 'split', 'paino', 'osuus',
    'liikenneosuus',
  ],
  user_id: [
    'user_id', 'user id', 'userid', 'anonymous_id', 'anonymous id', 'user_pseudo_id', 'visitor_id',
    'visitor id', 'customer id', 'unit id', 'unit_id', 'id', 'kayttaja id', 'kayttaja', 'asiakas',
  ],
  converted: [
    'converted', 'conversion', 'is_converted', 'is converted', 'did convert', 'success', 'conversions',
    'konvertoitui', 'konversio', 'muunnos',
  ],
  pre_value: [
    'pre_value', 'pre value', 'pre_revenue', 'pre revenue', 'covariate', 'pre period value',
    'baseline value', 'aiempi arvo',
  ],
  // ---- spend
  spend: [
    'spend', 'cost', 'amount spent', 'total spent', 'spent', 'ad spend', 'media cost', 'cost eur',
    'kustannus', 'kustannukset', 'kulut', 'kulu', 'mainoskulut', 'mediakulut',
  ],
  date: [
    'day', 'date', 'start date', 'reporting starts',
    // Microsoft Ads (TimePeriod, Gregorian date), TikTok (By Day, stat_time_day).
    'time period', 'timeperiod', 'gregorian date', 'by day', 'stat_time_day', 'reporting date', 'paiva', 'paivamaara', 'pvm', 'aloituspaiva',
    // survey tools (NPS answers)
    'submitted at', 'response date', 'survey date', 'answered at', 'vastauspaiva', 'vastattu', 'vastausaika',
  ],
  week: ['week', 'week start', 'week of', 'iso week', 'viikko', 'vko', 'viikon alku'],
  month: ['month', 'month of year', 'kuukausi', 'kk'],
  impressions: ['impressions', 'impr', 'impressions count', 'naytot', 'nayttokerrat', 'nayttoja'],
  clicks: ['clicks', 'link clicks', 'clicks all', 'klikkaukset', 'klikit', 'napsautukset', 'klikkauksia'],
  // ---- deals
  deal_id: [
    'deal id', 'deal_id', 'record id', 'hs_object_id', 'opportunity id', 'deal number', 'deal', 'id',
    'kauppa id', 'kaupan id', 'obchod id',
  ],
  created: [
    'deal - deal created', 'deal created', 'create date', 'created', 'created date', 'created at',
    'createdate', 'add time', 'luotu', 'luontipaiva', 'luontipvm', 'vytvoreno',
  ],
  closed: [
    'deal - won time', 'won time', 'close date', 'closedate', 'closed date', 'closed at', 'close time', 'closed',
    'won date', 'won at',
    'expected close date', 'sulkemispaiva', 'suljettu', 'voittopaiva',
  ],
  amount: [
    'amount', 'deal - value', 'deal value', 'deal amount', 'amount in company currency', 'value',
    'revenue', 'summa', 'arvo', 'kaupan arvo', 'hodnota',
  ],
  won: [
    'deal - status', 'status', 'deal status', 'won', 'is won', 'is closed won', 'closed won', 'tila',
    'kaupan tila', 'stav', 'vyhrano',
  ],
  // ---- customers
  customer_id: [
    'customer_id', 'customer id', 'account_id', 'account id', 'customer', 'account', 'company id',
    'customer number', 'asiakas id', 'asiakasnumero', 'asiakastunnus', 'asiakas', 'asiakkaan id', 'yritys id',
  ],
  start_date: [
    'start_date', 'start date', 'start', 'started', 'started at', 'customer since', 'subscription start',
    'contract start', 'signup date', 'alkupaiva', 'aloituspaiva', 'alkamispaiva', 'asiakkuus alkoi',
    'sopimus alkoi', 'asiakkaana alkaen',
  ],
  end_date: [
    'end_date', 'end date', 'end', 'ended', 'ended at', 'churn date', 'churned at', 'cancelled at',
    'canceled at', 'cancellation date', 'cancel date', 'contract end', 'subscription end', 'loppupaiva',
    'paattymispaiva', 'paattyi', 'irtisanottu', 'irtisanomispaiva', 'asiakkuus paattyi',
  ],
  active: [
    'active', 'is active', 'is_active', 'customer status', 'subscription status', 'status', 'aktiivinen',
    'asiakkuuden tila', 'voimassa', 'tila',
  ],
  mrr: [
    'mrr', 'monthly recurring revenue', 'monthly revenue', 'revenue per month', 'monthly fee',
    'monthly value', 'subscription value', 'kuukausilaskutus', 'kuukausitulo', 'kuukausimaksu', 'kk-laskutus',
    'kuukausiarvo', 'revenue', 'laskutus', 'liikevaihto',
  ],
  segment: [
    'segment', 'customer segment', 'tier', 'customer tier', 'plan', 'company size', 'size', 'industry',
    'segmentti', 'asiakassegmentti', 'asiakasryhma', 'kokoluokka', 'yrityksen koko', 'toimiala',
    // Ad platforms' breakdowns: segments of a spend file, never channels (Meta, the Facebook ads dataset,
    // Microsoft Ads' DeviceType, LinkedIn's demographics).
    'age', 'age range', 'age group', 'gender', 'device', 'device type', 'devicetype', 'device platform', 'interest',
    'interests', 'placement', 'country', 'region', 'ika', 'ikaryhma', 'sukupuoli', 'laite', 'maa', 'alue',
  ],
  // ---- nps
  score: [
    'score', 'nps', 'nps score', 'likelihood to recommend', 'how likely are you to recommend', 'recommend',
    'rating', 'pisteet', 'nps pisteet', 'arvosana', 'suositteluhalukkuus', 'suosittelu', 'arvio',
  ],
  // ---- forecast
  period: [
    'period', 'month', 'quarter', 'week', 'date', 'kausi', 'jakso', 'ajanjakso', 'kuukausi', 'neljannes',
    'vuosineljannes', 'kvartaali', 'viikko', 'paivamaara', 'pvm',
  ],
  forecast: [
    'forecast', 'forecasted', 'forecast revenue', 'forecast amount', 'forecast value', 'revenue forecast',
    'sales forecast', 'predicted', 'prediction', 'expected', 'plan', 'planned', 'ennuste', 'ennustettu',
    'myyntiennuste', 'suunniteltu',
  ],
  actual: [
    'actual', 'actuals', 'actual revenue', 'actual amount', 'actual value', 'realized', 'realised',
    'outcome', 'toteutunut', 'toteuma', 'toteutuma', 'toteutunut myynti',
  ],
  // ---- email activity (Mailchimp, HubSpot email reports)
  sends: ['sends', 'emails sent', 'sent', 'delivered', 'emails delivered', 'lahetetyt', 'lahetetty', 'toimitetut'],
  opens: ['opens', 'unique opens', 'total opens', 'opened', 'email opens', 'avaukset', 'avatut', 'avauksia'],
  // ---- marketing mix: its columns are guessed from headers and values by ../mmm/roles.ts, not by synonyms, so these
  // roles never compete in the other kinds' detection.
  outcome: [], value_per_outcome: [], exposure: [], control: [], event: [], geo: [],
  bounces: ['bounces', 'bounced', 'hard bounces', 'total bounces', 'palautuneet', 'palautukset'],
};

/**
 * Synonyms that mislead for one kind. A HubSpot contacts export (`Record ID`, `Lifecycle Stage`,
 * `Original Source`) would otherwise pass as deals, since `Record ID` also names deals.
 */
export const NOT_FOR_KIND: Readonly<Partial<Record<DatasetKind, Partial<Record<MappedRole, readonly string[]>>>>> = {
  deals: { stage: ['lifecycle stage', 'lifecyclestage', 'lead stage'] },
};
