// Test helper: a RawTable's rows as arrays of strings, to compare with what a file holds.
import { rowAt } from '../../../src/lib/ingest/column-of';
import type { RawTable } from '../../../src/lib/types';

export const rowsOf = (table: RawTable): string[][] => Array.from({ length: table.rowNumbers.length }, (_, r) => rowAt(table, r));
