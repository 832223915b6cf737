import { describe, expect, it, vi } from 'vitest';
import { shareOrCopy } from '../../src/browser/share-link';

const data = { url: 'https://example.org/stories/a/step/', title: 'Step', text: 'Its text' };

/** A stand-in navigator: a share sheet that does `share`, a clipboard that does `write`. */
function navigatorWith(
  share?: () => Promise<void>,
  write: () => Promise<void> = async () => {},
  canShare?: () => boolean,
) {
  return {
    share: share && vi.fn(share),
    canShare: canShare && vi.fn(canShare),
    clipboard: { writeText: vi.fn(write) },
  } as unknown as Navigator & {
    share: ReturnType<typeof vi.fn>;
    clipboard: { writeText: ReturnType<typeof vi.fn> };
  };
}

describe('shareOrCopy(data, nav)', () => {
  it('opens the share sheet where there is one, and copies nothing', async () => {
    const nav = navigatorWith(async () => {});
    expect(await shareOrCopy(data, nav)).toEqual('shared');
    expect(nav.share).toHaveBeenCalledWith(data);
    expect(nav.clipboard.writeText).not.toHaveBeenCalled();
  });

  it('says nothing when the reader closes the share sheet', async () => {
    const nav = navigatorWith(async () => Promise.reject(new DOMException('closed', 'AbortError')));
    expect(await shareOrCopy(data, nav)).toEqual('cancelled');
    expect(nav.clipboard.writeText).not.toHaveBeenCalled();
  });

  it.each([
    ['there is no share sheet', navigatorWith(undefined)],
    ['the share sheet fails', navigatorWith(async () => Promise.reject(new DOMException('denied', 'NotAllowedError')))],
    [
      'the share sheet cannot take this data',
      navigatorWith(
        async () => {},
        undefined,
        () => false,
      ),
    ],
  ])('copies the link when %s', async (_when, nav) => {
    expect(await shareOrCopy(data, nav)).toEqual('copied');
    expect(nav.clipboard.writeText).toHaveBeenCalledWith(data.url);
  });

  it('says so when copying fails too', async () => {
    const nav = navigatorWith(undefined, async () => Promise.reject(new Error('no permission')));
    expect(await shareOrCopy(data, nav)).toEqual('failed');
  });
});
