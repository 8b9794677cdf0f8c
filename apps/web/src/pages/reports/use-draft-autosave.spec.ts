import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useDraftAutosave } from './use-draft-autosave';

describe('autosaving a draft', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('saves once after typing stops, with the latest text, and says Saved', async () => {
    const save = vi.fn(async (_text: string, revision: number) => revision + 1);
    const { result } = renderHook(() => useDraftAutosave(save, 3, 500));
    act(() => result.current.schedule('W'));
    act(() => result.current.schedule('We'));
    act(() => result.current.schedule('We served'));
    expect(result.current.status).toBe('pending');
    expect(save).not.toHaveBeenCalled();
    await act(async () => {
      await vi.advanceTimersByTimeAsync(500);
    });
    expect(save).toHaveBeenCalledTimes(1);
    expect(save).toHaveBeenCalledWith('We served', 3);
    expect(result.current.status).toBe('saved');
  });

  it('saves typing done during a save right after it, with the revision that save returned', async () => {
    let finishFirst: (revision: number) => void = () => undefined;
    const save = vi
      .fn<(text: string, revision: number) => Promise<number>>()
      .mockImplementationOnce(() => new Promise((resolve) => (finishFirst = resolve)))
      .mockImplementationOnce(async () => 6);
    const { result } = renderHook(() => useDraftAutosave(save, 4, 500));
    act(() => result.current.schedule('first'));
    await act(async () => {
      await vi.advanceTimersByTimeAsync(500);
    });
    expect(result.current.status).toBe('saving');
    act(() => result.current.schedule('first and more'));
    await act(async () => {
      await vi.advanceTimersByTimeAsync(500);
    });
    // The second save waits for the first: only one on its way at a time.
    expect(save).toHaveBeenCalledTimes(1);
    await act(async () => {
      finishFirst(5);
      await vi.runAllTimersAsync();
    });
    expect(save).toHaveBeenNthCalledWith(2, 'first and more', 5);
    expect(result.current.status).toBe('saved');
  });

  it('keeps what failed to save and sends it with the next attempt', async () => {
    const save = vi
      .fn<(text: string, revision: number) => Promise<number>>()
      .mockRejectedValueOnce(new Error('offline'))
      .mockResolvedValueOnce(2);
    const { result } = renderHook(() => useDraftAutosave(save, 1, 500));
    act(() => result.current.schedule('survivors served'));
    await act(async () => {
      await vi.advanceTimersByTimeAsync(500);
    });
    expect(result.current.status).toBe('error');
    await act(async () => {
      await result.current.flush();
    });
    expect(save).toHaveBeenLastCalledWith('survivors served', 1);
    expect(result.current.status).toBe('saved');
  });
});
