// Identifier columns: read as text, so that an 18-digit campaign id is never rounded, summed or printed as 1.2e+17.
import { headerTokens } from './match';

/** Ids written as one word (`CampaignId`, `userid`, `AdGroupId`): `paid` or `valid` are not ids. */
const JOINED = /^(?:campaign|ad|adset|adgroup|account|user|customer|client|visitor|contact|lead|deal|order|record|session|transaction|creative|keyword|object|unit|variation|experiment)id$/;

/** True when a header names an identifier: `Campaign ID`, `ad_id`, `CampaignId`, `Record ID`, `user_pseudo_id`. */
export function namesAnId(header: string): boolean {
  const words = headerTokens(header);
  const last = words[words.length - 1] ?? '';
  return last === 'id' || JOINED.test(last);
}
