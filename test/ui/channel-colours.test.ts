// One colour per channel across views (issue 14, part 7): the loaded channels' order decides, names match as the
// engine matches them, and a channel keeps its colour whichever chart asks first.
import { describe, expect, it } from 'vitest';
import { channelColours } from '../../src/ui/charts/channels.svelte';
import { seriesColor } from '../../src/ui/charts/palette';

describe('channelColours', () => {
  it('gives each loaded channel the palette colour of its place, the same for any spelling of its name', () => {
    channelColours.channels = ['LinkedIn Ads', 'Google Ads', 'linkedin-ads', 'Email'];
    expect(channelColours.color('LinkedIn Ads')).toBe(seriesColor(0));
    expect(channelColours.color('linkedin_ads')).toBe(seriesColor(0));
    expect(channelColours.color('Google Ads')).toBe(seriesColor(1));
    expect(channelColours.color('EMAIL')).toBe(seriesColor(2));
  });

  it('gives a channel no file named the next free colour, and keeps it whichever chart asks again', () => {
    channelColours.channels = ['Search', 'Social'];
    const tv = channelColours.color('tv');
    expect(tv).toBe(seriesColor(2));
    expect(channelColours.color('radio')).toBe(seriesColor(3));
    expect(channelColours.color('TV')).toBe(tv);
    // A file that names tv later puts it in its loaded place.
    channelColours.channels = ['tv', 'Search', 'Social'];
    expect(channelColours.color('tv')).toBe(seriesColor(0));
    expect(channelColours.color('Search')).toBe(seriesColor(1));
  });
});
