// @vitest-environment jsdom
import { it, expect, vi } from 'vitest';
import { render, screen, fireEvent } from '@testing-library/svelte';
import FileDrop from '../../src/ui/controls/FileDrop.svelte';
it('smoke', async () => {
  const onfiles = vi.fn();
  render(FileDrop, { onfiles, onexample: () => {} });
  const input = screen.getByLabelText('Add CSV files');
  expect(input).toBeTruthy();
});
