/**
 * Loading Readability on demand (src/reader/load-readability.ts): opens that ask
 * while it loads share one request, a failed load rejects with the background's
 * reason (which the reader shows: e2e "Readability cannot be loaded"), and the
 * next open asks again instead of keeping the failure.
 */
import { Readability } from '@mozilla/readability';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

const sendMessage = vi.fn<(message: unknown) => Promise<unknown>>();
vi.mock('../../src/shared/browser', () => ({ default: { runtime: { sendMessage: (m: unknown) => sendMessage(m) } } }));

// A fresh module for each test: a load that worked is kept for the page's life.
let loadedReadability: typeof import('../../src/reader/load-readability').loadedReadability;
let loadReadability: typeof import('../../src/reader/load-readability').loadReadability;
beforeEach(async () => {
  vi.resetModules();
  ({ loadedReadability, loadReadability } = await import('../../src/reader/load-readability'));
});

/** What the background does when the injection works: readability.js sets the global. */
const injects = async () => {
  globalThis.__liseuseReadability = Readability as NonNullable<typeof globalThis.__liseuseReadability>;
  return { ok: true };
};

afterEach(() => {
  sendMessage.mockReset();
  delete globalThis.__liseuseReadability;
});

describe('loadReadability', () => {
  it('fails with the reason the background gives, then tries again on the next open', async () => {
    sendMessage.mockResolvedValueOnce({ ok: false, error: "Could not load file: 'readability.js'." });
    await expect(loadReadability()).rejects.toThrow("Could not load file: 'readability.js'.");
    expect(loadedReadability()).toBeUndefined();
    sendMessage.mockImplementationOnce(injects);
    await expect(loadReadability()).resolves.toBe(Readability);
    expect(sendMessage).toHaveBeenCalledTimes(2);
    expect(sendMessage).toHaveBeenCalledWith({ type: 'liseuse:load-readability' });
  });

  it('fails when the background answered yes but Readability is not there', async () => {
    sendMessage.mockResolvedValueOnce({ ok: true });
    await expect(loadReadability()).rejects.toThrow('Readability was not loaded.');
  });

  it('sends one request however many opens ask while it loads', async () => {
    let answer!: () => void;
    sendMessage.mockImplementationOnce(() => new Promise((resolve) => (answer = () => resolve(injects()))));
    const first = loadReadability();
    const second = loadReadability();
    answer();
    await expect(Promise.all([first, second])).resolves.toEqual([Readability, Readability]);
    expect(sendMessage).toHaveBeenCalledTimes(1);
    await expect(loadReadability(), 'and none once it is loaded').resolves.toBe(Readability);
    expect(sendMessage).toHaveBeenCalledTimes(1);
  });
});
