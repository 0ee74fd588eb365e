// @vitest-environment jsdom
// Issue 18: a worker that fails outside every call (out of memory, most likely) is replaced, and the page is told so
// it can load the datasets again; an error of a worker already replaced is ignored.
import { afterEach, describe, expect, it, vi } from 'vitest';

/** A Worker that records its instances and can fail. */
class FakeWorker extends EventTarget {
  static made: FakeWorker[] = [];
  terminated = false;
  constructor() {
    super();
    FakeWorker.made.push(this);
  }
  postMessage(): void {}
  terminate(): void {
    this.terminated = true;
  }
  start(): void {}
}

afterEach(() => {
  vi.unstubAllGlobals();
  vi.resetModules();
  FakeWorker.made = [];
});

describe('engine() in the page', () => {
  it('replaces a worker that fails outside any call, and calls the crash handler once', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    const client = await import('../../src/worker/client');
    const crashed = vi.fn();
    client.onEngineCrash(crashed);
    const first = client.engine();
    expect(FakeWorker.made).toHaveLength(1);
    FakeWorker.made[0].dispatchEvent(new Event('error'));
    expect(FakeWorker.made[0].terminated).toBe(true);
    expect(crashed).toHaveBeenCalledTimes(1);
    // The next call starts a fresh worker; the old one's late errors change nothing.
    expect(client.engine()).not.toBe(first);
    expect(FakeWorker.made).toHaveLength(2);
    FakeWorker.made[0].dispatchEvent(new Event('error'));
    expect(crashed).toHaveBeenCalledTimes(1);
    expect(FakeWorker.made[1].terminated).toBe(false);
  });
});
