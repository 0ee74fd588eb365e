// Generated touchpoint files for the benchmark and the big-file e2e test.
import { closeSync, openSync, writeSync } from 'node:fs';
import { mulberry32 } from '../../src/lib/util/random';

const CHANNELS = ['LinkedIn Ads', 'Google Ads', 'Organic Search', 'Email', 'Webinar', 'Trade show', 'Direct', 'Referral'];
const TYPES = ['ad click', 'whitepaper download', 'webinar attendance', 'newsletter click', 'website visit', 'demo request'];
const STAGES = ['lead', 'lead', 'lead', 'MQL', 'SQL', 'opportunity'];
const HEADER = 'contact_id,timestamp,channel,touchpoint_type,campaign,stage,converted,deal_value';

/** The file's lines after the header, in batches of up to `batch` lines, each line without its '\n'. */
function* lineBatches(rows: number, batch: number): Generator<string[]> {
  const rand = mulberry32(7);
  let t = Date.UTC(2025, 0, 1);
  let contact = 0;
  let left = 0;
  let lines: string[] = [];
  for (let i = 0; i < rows; i++) {
    if (left === 0) { contact++; left = 1 + Math.floor(rand() * 10); }
    left--;
    t += Math.floor(rand() * 60_000);
    const converted = left === 0 && rand() < 0.1;
    const ch = CHANNELS[Math.floor(rand() * CHANNELS.length)];
    lines.push(`c${contact},${new Date(t).toISOString().slice(0, 19)},${ch},${TYPES[Math.floor(rand() * TYPES.length)]},"${ch} Q${1 + Math.floor(rand() * 4)}",${STAGES[Math.floor(rand() * STAGES.length)]},${converted ? 1 : 0},${converted ? (3000 + rand() * 50000).toFixed(2) : ''}`);
    if (lines.length === batch) {
      yield lines;
      lines = [];
    }
  }
  if (lines.length > 0) yield lines;
}

/** A deterministic touchpoint CSV of `rows` rows (about 73 bytes a row), for benchmarks and big-file tests. */
export function generateTouchpoints(rows: number): string {
  const lines = [HEADER];
  for (const batch of lineBatches(rows, 100_000)) for (const l of batch) lines.push(l);
  return lines.join('\n') + '\n';
}

/** The same file as generateTouchpoints(rows), written to `path` a batch at a time: a 1 GB file is no 1 GB string. */
export function writeTouchpoints(path: string, rows: number): void {
  const fd = openSync(path, 'w');
  try {
    writeSync(fd, `${HEADER}\n`);
    for (const batch of lineBatches(rows, 100_000)) writeSync(fd, `${batch.join('\n')}\n`);
  } finally {
    closeSync(fd);
  }
}
