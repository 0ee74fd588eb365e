// Writes the built-in example CSVs to public/examples/. Run: npx tsx test/tools/write-examples.ts
// test/lib/example/generate.test.ts fails when the files drift from the generator.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateExample } from '../../src/lib/example/generate';

const dir = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'public', 'examples');
mkdirSync(dir, { recursive: true });
const example = generateExample();
for (const [name, text] of Object.entries(example)) {
  writeFileSync(join(dir, `${name}.csv`), text, 'utf8');
  console.log(`wrote ${join('public', 'examples', `${name}.csv`)} (${text.length} characters)`);
}
