import { describe, expect, it } from 'vitest';
import type { DatasetKind } from '../../../src/lib/types';
import { normalizeHeader } from '../../../src/lib/schema/normalize';
import { rolesForKind } from '../../../src/lib/schema/roles';
import { SYNONYMS, type MappedRole } from '../../../src/lib/schema/synonyms';

const KINDS: DatasetKind[] = ['touchpoints', 'paths', 'experiment', 'experiment_users', 'spend', 'deals', 'customers', 'nps', 'forecast'];

describe('SYNONYMS', () => {
  it('holds only normalised headers', () => {
    for (const [role, list] of Object.entries(SYNONYMS)) {
      for (const s of list) expect(normalizeHeader(s), `${role}: ${s}`).toBe(s);
    }
  });

  it('has synonyms for every role any kind uses', () => {
    for (const kind of KINDS) {
      for (const role of rolesForKind(kind)) {
        if (role === 'ignore') continue;
        expect(SYNONYMS[role as MappedRole].length, role).toBeGreaterThan(0);
      }
    }
  });

  it('lists no synonym twice for one role', () => {
    for (const [role, list] of Object.entries(SYNONYMS)) {
      expect(new Set(list).size, role).toBe(list.length);
    }
  });
});
