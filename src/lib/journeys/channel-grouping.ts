// GA4's default channel grouping (support.google.com/analytics/answer/9756891), with a short list of
// well-known sites instead of Google's full source lists. Rules run in GA4's order; the first match wins.

const SEARCH = ['google', 'bing', 'duckduckgo', 'yahoo', 'ecosia', 'baidu', 'yandex', 'search', 'startpage', 'qwant'];
const SOCIAL = [
  'facebook', 'fb', 'instagram', 'ig', 'linkedin', 'lnkd', 'twitter', 'x', 't.co', 'tiktok', 'pinterest',
  'reddit', 'threads', 'bsky', 'mastodon', 'snapchat', 'whatsapp', 'messenger', 'xing',
];
const VIDEO = ['youtube', 'youtu', 'vimeo', 'twitch', 'dailymotion'];
const SHOPPING = ['amazon', 'ebay', 'etsy', 'shopping', 'shopify', 'walmart', 'zalando'];

const PAID_MEDIUM = /^(.*cp.*|ppc|retargeting|paid.*)$/;
const DISPLAY_MEDIUM = new Set(['display', 'banner', 'expandable', 'interstitial', 'cpm']);
const SOCIAL_MEDIUM = new Set(['social', 'social-network', 'social-media', 'sm', 'social network', 'social media']);
const EMAIL = new Set(['email', 'e-mail', 'e_mail', 'e mail']);
const SHOP_CAMPAIGN = /(^|[^a-df-z])shop|shopping/;

/** True when the source is one of the sites, as a whole (`t.co`) or as a domain label (`l.facebook.com`). */
function isSite(source: string, sites: readonly string[]): boolean {
  if (sites.includes(source)) return true;
  const labels = source.split(/[.\s/]+/);
  return sites.some((s) => !s.includes('.') && labels.includes(s));
}

/**
 * The GA4 default channel group of a source / medium / campaign: Direct, Cross-network, Paid Shopping,
 * Paid Search, Paid Social, Paid Video, Display, Paid Other, Organic Shopping, Organic Social,
 * Organic Video, Organic Search, Referral, Email, Affiliates, Audio, SMS, Mobile Push Notifications,
 * else Unassigned. Case and surrounding spaces are ignored.
 */
export function defaultChannelGroup(source: string, medium: string, campaign?: string): string {
  const s = source.trim().toLowerCase();
  const m = medium.trim().toLowerCase();
  const c = (campaign ?? '').trim().toLowerCase();
  if ((s === '(direct)' || s === 'direct') && (m === '(none)' || m === '(not set)' || m === '' || m === 'none')) {
    return 'Direct';
  }
  if (c.includes('cross-network')) return 'Cross-network';
  const paid = PAID_MEDIUM.test(m);
  const shopping = isSite(s, SHOPPING) || SHOP_CAMPAIGN.test(c);
  if (paid && shopping) return 'Paid Shopping';
  if (paid && isSite(s, SEARCH)) return 'Paid Search';
  if (paid && isSite(s, SOCIAL)) return 'Paid Social';
  if (paid && isSite(s, VIDEO)) return 'Paid Video';
  if (DISPLAY_MEDIUM.has(m)) return 'Display';
  if (paid) return 'Paid Other';
  if (shopping) return 'Organic Shopping';
  if (isSite(s, SOCIAL) || SOCIAL_MEDIUM.has(m)) return 'Organic Social';
  if (isSite(s, VIDEO) || m.includes('video')) return 'Organic Video';
  if (isSite(s, SEARCH) || m === 'organic') return 'Organic Search';
  if (m === 'referral' || m === 'app' || m === 'link') return 'Referral';
  if (EMAIL.has(s) || EMAIL.has(m)) return 'Email';
  if (m === 'affiliate') return 'Affiliates';
  if (m === 'audio') return 'Audio';
  if (s === 'sms' || m === 'sms') return 'SMS';
  if (m.endsWith('push') || m.includes('mobile') || m.includes('notification') || s === 'firebase') {
    return 'Mobile Push Notifications';
  }
  return 'Unassigned';
}
