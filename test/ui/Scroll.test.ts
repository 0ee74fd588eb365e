// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { createRawSnippet } from 'svelte';
import { render, screen } from '@testing-library/svelte';
import Scroll from '../../src/ui/controls/Scroll.svelte';

const table = createRawSnippet(() => ({ render: () => '<table><caption>Spend by channel</caption><tbody><tr><td>1</td></tr></tbody></table>' }));

/** jsdom lays nothing out: every element reports these widths. */
function widths(scroll: number, client: number): void {
  Object.defineProperty(HTMLElement.prototype, 'scrollWidth', { configurable: true, get: () => scroll });
  Object.defineProperty(HTMLElement.prototype, 'clientWidth', { configurable: true, get: () => client });
}

afterEach(() => {
  delete (HTMLElement.prototype as { scrollWidth?: number }).scrollWidth;
  delete (HTMLElement.prototype as { clientWidth?: number }).clientWidth;
});

describe('Scroll', () => {
  it('adds no tab stop and no region around a table that fits', () => {
    widths(300, 300);
    const { container } = render(Scroll, { label: 'Spend by channel', children: table });
    const box = container.querySelector('.scroll');
    expect(box?.querySelector('table')).toBeTruthy();
    expect(box?.hasAttribute('tabindex')).toBe(false);
    expect(screen.queryByRole('region')).toBeNull();
  });

  it('is a named region keyboard users can focus while the table is wider than it', () => {
    widths(900, 300);
    render(Scroll, { label: 'Spend by channel', children: table });
    const region = screen.getByRole('region', { name: 'Spend by channel' });
    expect(region.getAttribute('tabindex')).toBe('0');
    expect(region.querySelector('table')).toBeTruthy();
  });
});
