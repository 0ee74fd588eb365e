// Generated touchpoint files for the benchmark and the big-file e2e test.
import { mulberry32 } from '../../src/lib/util/random';

const CHANNELS = ['LinkedIn Ads', 'Google Ads', 'Organic Search', 'Email', 'Webinar', 'Trade show', 'Direct', 'Referral'];
const TYPES = ['ad click', 'whitepaper download', 'webinar attendance', 'newsletter click', 'website visit', 'demo request'];
const STAGES = ['lead', 'lead', 'lead', 'MQL', 'SQL', 'opportunity'];

/** A deterministic touchpoint CSV of `rows` rows (about 73 bytes a row), for benchmarks and big-file tests. */
export function generateTouchpoints(rows: number): string {
  const rand = mulberry32(7);
  const lines = ['contact_id,timestamp,channel,touchpoint_type,campaign,stage,converted,deal_value'];
  let t = Date.UTC(2025, 0, 1);
  let contact = 0;
  let left = 0;
  for (let i = 0; i < rows; i++) {
    if (left === 0) { contact++; left = 1 + Math.floor(rand() * 10); }
    left--;
    t += Math.floor(rand() * 60_000);
    const converted = left === 0 && rand() < 0.1;
    const ch = CHANNELS[Math.floor(rand() * CHANNELS.length)];
    lines.push(`c${contact},${new Date(t).toISOString().slice(0, 19)},${ch},${TYPES[Math.floor(rand() * TYPES.length)]},"${ch} Q${1 + Math.floor(rand() * 4)}",${STAGES[Math.floor(rand() * STAGES.length)]},${converted ? 1 : 0},${converted ? (3000 + rand() * 50000).toFixed(2) : ''}`);
  }
  return lines.join('\n') + '\n';
}
