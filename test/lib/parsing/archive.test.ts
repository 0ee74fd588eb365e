// Compressed exports: archives made by the system's gzip and zip tools (test/fixtures/wild/), opened and compared
// byte for byte with the files that went in.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { openArchive } from '../../../src/lib/parsing/archive';
import { english } from '../../../src/lib/messages';

const bytes = (name: string) => new Uint8Array(readFileSync(`test/fixtures/wild/${name}`));

describe('openArchive()', () => {
  it('opens a .csv.gz to the CSV inside, named without .gz', async () => {
    const out = await openArchive('tiktok-ads.csv.gz', bytes('tiktok-ads.csv.gz'));
    expect(out).toMatchObject({ ok: true, name: 'tiktok-ads.csv', others: [] });
    expect(out.ok && out.bytes).toEqual(bytes('tiktok-ads.csv'));
  });

  it('opens each CSV file of a deflated zip, the first by default, and names the others', async () => {
    const zip = bytes('spend-reports.zip');
    const first = await openArchive('spend-reports.zip', zip);
    expect(first).toMatchObject({ ok: true, name: 'spend-reports.zip: tiktok-ads.csv', member: 'tiktok-ads.csv', others: ['linkedin-campaign-manager.csv'] });
    expect(first.ok && first.bytes).toEqual(bytes('tiktok-ads.csv'));
    const second = await openArchive('spend-reports.zip', zip, 'linkedin-campaign-manager.csv');
    expect(second).toMatchObject({ ok: true, member: 'linkedin-campaign-manager.csv', others: [] });
    expect(second.ok && second.bytes).toEqual(bytes('linkedin-campaign-manager.csv'));
  });

  it('opens a stored (uncompressed) zip of one file under the file\'s own name', async () => {
    const out = await openArchive('stored.zip', bytes('stored.zip'));
    expect(out).toMatchObject({ ok: true, name: 'meta-ads-manager.csv', others: [] });
    expect(out.ok && out.bytes).toEqual(bytes('meta-ads-manager.csv'));
  });

  it('gives other bytes back untouched, and says why a cut gzip or a too big archive is not read', async () => {
    const csv = bytes('tiktok-ads.csv');
    expect(await openArchive('a.csv', csv)).toEqual({ ok: true, name: 'a.csv', bytes: csv, others: [] });
    // A zip cut short has no directory: given back, and the loader calls it a workbook or archive to save as CSV.
    const cut = bytes('spend-reports.zip').subarray(0, 200);
    expect(await openArchive('cut.zip', cut)).toEqual({ ok: true, name: 'cut.zip', bytes: cut, others: [] });
    const badGzip = new Uint8Array([...bytes('tiktok-ads.csv.gz').subarray(0, 40)]);
    const broken = await openArchive('cut.csv.gz', badGzip);
    expect(broken.ok ? '' : english(broken.problem)).toMatch(/^cut\.csv\.gz is a ZIP or gzip archive that cannot be opened/);
    const small = await openArchive('tiktok-ads.csv.gz', bytes('tiktok-ads.csv.gz'), undefined, 100);
    expect(small.ok ? '' : english(small.problem)).toMatch(/holds more than 0 MB once decompressed/);
    const missing = await openArchive('spend-reports.zip', bytes('spend-reports.zip'), 'nope.csv');
    expect(missing.ok ? '' : english(missing.problem)).toBe('spend-reports.zip no longer holds nope.csv. Add the file again.');
  });
});
