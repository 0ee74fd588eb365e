import { describe, expect, it } from 'vitest';
import { headerWords, normalizeHeader } from '../../../src/lib/schema/normalize';

describe('normalizeHeader()', () => {
  it.each([
    ['Amount spent (EUR)', 'amount spent'],
    ['Start Date (in UTC)', 'start date'],
    ['Impr.', 'impr'],
    ['Conv. value', 'conv value'],
    ['  Campaign   Name ', 'campaign name'],
    ['Päivämäärä', 'paivamaara'],
    ['Näytöt', 'naytot'],
    ['Kävijät', 'kavijat'],
    ['Lähde', 'lahde'],
    ['Åbo', 'abo'],
    ['Café', 'cafe'],
    ['Organizace - Název', 'organizace - nazev'],
    ['Vyhráno', 'vyhrano'],
    ['Deal – Title', 'deal - title'],
    ['Deal — Title', 'deal - title'],
    ['Deal - Title', 'deal - title'],
    ['user_pseudo_id', 'user_pseudo_id'],
    ['\uFEFFRecord ID', 'record id'],
    ['"Record ID"', 'record id'],
    ['Cost [€]', 'cost'],
    ['(none)', 'none'],
    ['Straße', 'strasse'],
    ['Engagement rate %', 'engagement rate'],
  ])('normalizeHeader(%j) is %j', (input, expected) => {
    expect(normalizeHeader(input)).toBe(expected);
  });

  it('is idempotent', () => {
    for (const h of ['Amount spent (EUR)', 'Deal – Won time', 'Conv. value', 'Kävijät']) {
      expect(normalizeHeader(normalizeHeader(h))).toBe(normalizeHeader(h));
    }
  });
});

describe('headerWords()', () => {
  it('treats spaces, underscores and dashes alike', () => {
    expect(headerWords('deal - id')).toEqual(['deal', 'id']);
    expect(headerWords('deal_id')).toEqual(['deal', 'id']);
    expect(headerWords('user_pseudo_id')).toEqual(['user', 'pseudo', 'id']);
  });
});
