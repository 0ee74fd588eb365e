// GA4's default channel grouping as SQL: the same rules, in the same order, as journeys/channel-grouping.ts,
// which Mittari applies to a touchpoint file that has source / medium but no channel column.
// The site lists are copied from there (they are not exported); test/sql/duckdb.test.ts runs this SQL in
// DuckDB against defaultChannelGroup() on a grid of sources, mediums and campaigns, so a change to one
// side that is not made to the other fails the test.
import { regexContains, sqlList, type SqlDialect } from './dialect';

const SEARCH = ['google', 'bing', 'duckduckgo', 'yahoo', 'ecosia', 'baidu', 'yandex', 'search', 'startpage', 'qwant'];
const SOCIAL = [
  'facebook', 'fb', 'instagram', 'ig', 'linkedin', 'lnkd', 'twitter', 'x', 't.co', 'tiktok', 'pinterest',
  'reddit', 'threads', 'bsky', 'mastodon', 'snapchat', 'whatsapp', 'messenger', 'xing',
];
const VIDEO = ['youtube', 'youtu', 'vimeo', 'twitch', 'dailymotion'];
const SHOPPING = ['amazon', 'ebay', 'etsy', 'shopping', 'shopify', 'walmart', 'zalando'];
const DISPLAY_MEDIUM = ['display', 'banner', 'expandable', 'interstitial', 'cpm'];
const SOCIAL_MEDIUM = ['social', 'social-network', 'social-media', 'sm', 'social network', 'social media'];
const EMAIL = ['email', 'e-mail', 'e_mail', 'e mail'];

/**
 * SQL for "the source is one of the sites": equal to one (`t.co`), or one of its labels split at `.`, `/`
 * and white space equals one (`l.facebook.com`). Mittari splits at any Unicode white space; the SQL
 * class `[[:space:]]` is ASCII white space only.
 */
function isSite(d: SqlDialect, s: string, sites: readonly string[]): string {
  const labels = sites.filter((x) => !x.includes('.'));
  const exact = sites.filter((x) => x.includes('.'));
  const search = regexContains(d, s, `(^|[./[:space:]])(${labels.join('|')})([./[:space:]]|$)`);
  return exact.length > 0 ? `(${s} IN (${sqlList(exact)}) OR ${search})` : search;
}

/**
 * Select-list lines computing the normalised source / medium / campaign (`norm_*`: NULL read as '', trimmed,
 * lower case) from columns `source`, `medium`, `campaign`. SQL TRIM removes spaces only, JavaScript's
 * trim() all white space: cells with tabs or line breaks at an end can group differently.
 */
export const NORMALISED_COLUMNS = [
  "LOWER(TRIM(COALESCE(source, ''))) AS norm_source",
  "LOWER(TRIM(COALESCE(medium, ''))) AS norm_medium",
  "LOWER(TRIM(COALESCE(campaign, ''))) AS norm_campaign",
].join(',\n    ');

/** Select-list lines computing the flags CHANNEL_CASE reads, from the `norm_*` columns. */
export function channelFlags(d: SqlDialect): string {
  return [
    `${regexContains(d, 'norm_medium', '^(.*cp.*|ppc|retargeting|paid.*)$')} AS is_paid`,
    `(${isSite(d, 'norm_source', SHOPPING)} OR ${regexContains(d, 'norm_campaign', '(^|[^a-df-z])shop|shopping')}) AS is_shopping`,
    `${isSite(d, 'norm_source', SEARCH)} AS is_search_site`,
    `${isSite(d, 'norm_source', SOCIAL)} AS is_social_site`,
    `${isSite(d, 'norm_source', VIDEO)} AS is_video_site`,
  ].join(',\n    ');
}

/** The channel group from the `norm_*` columns and the flags; plain SQL that every dialect reads alike. */
export const CHANNEL_CASE = `CASE
    WHEN norm_source IN ('(direct)', 'direct') AND norm_medium IN ('(none)', '(not set)', '', 'none') THEN 'Direct'
    WHEN norm_campaign LIKE '%cross-network%' THEN 'Cross-network'
    WHEN is_paid AND is_shopping THEN 'Paid Shopping'
    WHEN is_paid AND is_search_site THEN 'Paid Search'
    WHEN is_paid AND is_social_site THEN 'Paid Social'
    WHEN is_paid AND is_video_site THEN 'Paid Video'
    WHEN norm_medium IN (${sqlList(DISPLAY_MEDIUM)}) THEN 'Display'
    WHEN is_paid THEN 'Paid Other'
    WHEN is_shopping THEN 'Organic Shopping'
    WHEN is_social_site OR norm_medium IN (${sqlList(SOCIAL_MEDIUM)}) THEN 'Organic Social'
    WHEN is_video_site OR norm_medium LIKE '%video%' THEN 'Organic Video'
    WHEN is_search_site OR norm_medium = 'organic' THEN 'Organic Search'
    WHEN norm_medium IN ('referral', 'app', 'link') THEN 'Referral'
    WHEN norm_source IN (${sqlList(EMAIL)}) OR norm_medium IN (${sqlList(EMAIL)}) THEN 'Email'
    WHEN norm_medium = 'affiliate' THEN 'Affiliates'
    WHEN norm_medium = 'audio' THEN 'Audio'
    WHEN norm_source = 'sms' OR norm_medium = 'sms' THEN 'SMS'
    WHEN norm_medium LIKE '%push' OR norm_medium LIKE '%mobile%' OR norm_medium LIKE '%notification%'
      OR norm_source = 'firebase' THEN 'Mobile Push Notifications'
    ELSE 'Unassigned'
  END`;
