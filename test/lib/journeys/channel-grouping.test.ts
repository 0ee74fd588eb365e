import { describe, expect, it } from 'vitest';
import { defaultChannelGroup } from '../../../src/lib/journeys/channel-grouping';

describe('defaultChannelGroup()', () => {
  it.each([
    ['(direct)', '(none)', undefined, 'Direct'],
    ['(direct)', '(not set)', undefined, 'Direct'],
    ['google', 'cpc', 'Brand', 'Paid Search'],
    ['bing', 'ppc', undefined, 'Paid Search'],
    ['www.google.fi', 'paid-search', undefined, 'Paid Search'],
    ['google', 'cpc', 'Cross-network PMax', 'Cross-network'],
    ['google', 'cpc', 'Shopping FI', 'Paid Shopping'],
    ['amazon', 'cpc', undefined, 'Paid Shopping'],
    ['linkedin', 'cpc', undefined, 'Paid Social'],
    ['facebook', 'paid_social', undefined, 'Paid Social'],
    ['l.facebook.com', 'cpc', undefined, 'Paid Social'],
    ['youtube', 'cpv', undefined, 'Paid Video'],
    ['gdn', 'display', undefined, 'Display'],
    ['adform', 'cpm', undefined, 'Display'],
    ['adform', 'banner', undefined, 'Display'],
    ['partner', 'retargeting', undefined, 'Paid Other'],
    ['amazon', 'referral', undefined, 'Organic Shopping'],
    ['linkedin.com', 'referral', undefined, 'Organic Social'],
    ['lnkd.in', 'referral', undefined, 'Organic Social'],
    ['t.co', 'referral', undefined, 'Organic Social'],
    ['x.com', 'referral', undefined, 'Organic Social'],
    ['instagram', '', undefined, 'Organic Social'],
    ['newsletter', 'social', undefined, 'Organic Social'],
    ['youtube.com', 'referral', undefined, 'Organic Video'],
    ['vimeo', '', undefined, 'Organic Video'],
    ['podcast', 'video', undefined, 'Organic Video'],
    ['google', 'organic', undefined, 'Organic Search'],
    ['duckduckgo', 'referral', undefined, 'Organic Search'],
    ['ecosia.org', 'referral', undefined, 'Organic Search'],
    ['mysite', 'organic', undefined, 'Organic Search'],
    ['kauppalehti.fi', 'referral', undefined, 'Referral'],
    ['partner.fi', 'link', undefined, 'Referral'],
    ['newsletter', 'email', undefined, 'Email'],
    ['email', 'newsletter', undefined, 'Email'],
    ['e-mail', '', undefined, 'Email'],
    ['awin', 'affiliate', undefined, 'Affiliates'],
    ['spotify', 'audio', undefined, 'Audio'],
    ['sms', '(none)', undefined, 'SMS'],
    ['firebase', 'notification', undefined, 'Mobile Push Notifications'],
    ['app', 'web-push', undefined, 'Mobile Push Notifications'],
    ['', '', undefined, 'Unassigned'],
    ['(not set)', '(not set)', undefined, 'Unassigned'],
    ['mysite', 'custom', undefined, 'Unassigned'],
  ])('defaultChannelGroup(%j, %j, %j) is %j', (source, medium, campaign, expected) => {
    expect(defaultChannelGroup(source, medium, campaign)).toBe(expected);
  });

  it('ignores case and surrounding spaces', () => {
    expect(defaultChannelGroup(' Google ', 'CPC')).toBe('Paid Search');
    expect(defaultChannelGroup('(Direct)', '(None)')).toBe('Direct');
  });
});
