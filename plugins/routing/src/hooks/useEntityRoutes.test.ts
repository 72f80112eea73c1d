import { act, renderHook, waitFor } from '@testing-library/react';
import type { Entity } from '@backstage/catalog-model';
import type { EntityRoutesResponse } from '@portway/plugin-routing-common';
import { httpRoute, storefront } from '../__testUtils__/fixtures';
import { mockRoutingApi } from '../__testUtils__/mockRoutingApi';
import {
  deferred,
  fakeSignalApi,
  liveWrapper,
  resetPageVisibility,
  setPageVisibility,
} from '../__testUtils__/liveHookHarness';
import { useEntityRoutes } from './useEntityRoutes';

const before: EntityRoutesResponse = { routes: [], clusters: [] };
const after: EntityRoutesResponse = { routes: [httpRoute], clusters: [] };
const channel = 'routing:entity:component:default/storefront';

function checkout(): Entity {
  return {
    ...storefront,
    metadata: { ...storefront.metadata, name: 'checkout' },
  };
}

describe('useEntityRoutes with signals', () => {
  it('loads the routes again when a signal arrives on the entity channel, showing the last ones meanwhile', async () => {
    const signals = fakeSignalApi();
    const reload = deferred<EntityRoutesResponse>();
    const getEntityRoutes = jest
      .fn()
      .mockResolvedValueOnce(before)
      .mockReturnValueOnce(reload.promise);
    const { result } = renderHook(() => useEntityRoutes(storefront), {
      wrapper: liveWrapper(mockRoutingApi({ getEntityRoutes }), signals.api),
    });
    await waitFor(() => expect(result.current.value).toBe(before));
    expect(signals.subscribed()).toEqual([channel]);

    signals.send(channel, { changed: 'entity-routes', entityRef: 'x' });

    expect(getEntityRoutes).toHaveBeenCalledTimes(2);
    expect(result.current).toMatchObject({ value: before, loading: false });
    await act(async () => reload.resolve(after));
    expect(result.current).toMatchObject({ value: after, loading: false });
    expect(getEntityRoutes).toHaveBeenLastCalledWith({
      namespace: 'default',
      kind: 'Component',
      name: 'storefront',
    });
  });

  it('does not poll when the app has signals', async () => {
    jest.useFakeTimers();
    try {
      const getEntityRoutes = jest.fn().mockResolvedValue(before);
      renderHook(() => useEntityRoutes(storefront, { pollIntervalMs: 1000 }), {
        wrapper: liveWrapper(
          mockRoutingApi({ getEntityRoutes }),
          fakeSignalApi().api,
        ),
      });
      await act(() => jest.advanceTimersByTimeAsync(10_000));
      expect(getEntityRoutes).toHaveBeenCalledTimes(1);
    } finally {
      jest.useRealTimers();
    }
  });

  it('asks once more for a signal that arrives while an ask is running', async () => {
    const signals = fakeSignalApi();
    const first = deferred<EntityRoutesResponse>();
    const getEntityRoutes = jest
      .fn()
      .mockReturnValueOnce(first.promise)
      .mockResolvedValue(after);
    const { result } = renderHook(() => useEntityRoutes(storefront), {
      wrapper: liveWrapper(mockRoutingApi({ getEntityRoutes }), signals.api),
    });

    signals.send(channel, { changed: 'entity-routes', entityRef: 'x' });
    signals.send(channel, { changed: 'entity-routes', entityRef: 'x' });
    await act(async () => first.resolve(before));

    await waitFor(() => expect(result.current.value).toBe(after));
    expect(getEntityRoutes).toHaveBeenCalledTimes(2);
  });
});

describe('useEntityRoutes without signals', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => {
    jest.useRealTimers();
    resetPageVisibility();
  });

  it('asks again every pollIntervalMs and keeps the very same object for an unchanged answer', async () => {
    const getEntityRoutes = jest.fn().mockResolvedValue(before);
    const { result } = renderHook(
      () => useEntityRoutes(storefront, { pollIntervalMs: 1000 }),
      { wrapper: liveWrapper(mockRoutingApi({ getEntityRoutes })) },
    );
    await act(() => jest.advanceTimersByTimeAsync(0));
    expect(result.current.value).toBe(before);

    await act(() => jest.advanceTimersByTimeAsync(3000));

    expect(getEntityRoutes).toHaveBeenCalledTimes(4);
    expect(result.current).toMatchObject({ loading: false, error: undefined });
    expect(result.current.value).toBe(before);
    getEntityRoutes.mockResolvedValue(after);
    await act(() => jest.advanceTimersByTimeAsync(1000));
    expect(result.current).toMatchObject({ value: after, loading: false });
  });

  it('stops asking while the page is hidden and asks at once when it is shown again', async () => {
    const getEntityRoutes = jest.fn().mockResolvedValue(before);
    renderHook(() => useEntityRoutes(storefront, { pollIntervalMs: 1000 }), {
      wrapper: liveWrapper(mockRoutingApi({ getEntityRoutes })),
    });
    await act(() => jest.advanceTimersByTimeAsync(0));

    setPageVisibility('hidden');
    await act(() => jest.advanceTimersByTimeAsync(5000));
    expect(getEntityRoutes).toHaveBeenCalledTimes(1);

    setPageVisibility('visible');
    await act(() => jest.advanceTimersByTimeAsync(0));
    expect(getEntityRoutes).toHaveBeenCalledTimes(2);
  });

  it('never asks again with pollIntervalMs 0', async () => {
    const getEntityRoutes = jest.fn().mockResolvedValue(before);
    renderHook(() => useEntityRoutes(storefront, { pollIntervalMs: 0 }), {
      wrapper: liveWrapper(mockRoutingApi({ getEntityRoutes })),
    });
    await act(() => jest.advanceTimersByTimeAsync(60_000));
    expect(getEntityRoutes).toHaveBeenCalledTimes(1);
  });

  it('keeps the last routes and reports the error of an ask that failed, until the next answer', async () => {
    const getEntityRoutes = jest
      .fn()
      .mockResolvedValueOnce(before)
      .mockRejectedValueOnce(new Error('backend restarting'))
      .mockResolvedValue(after);
    const { result } = renderHook(
      () => useEntityRoutes(storefront, { pollIntervalMs: 1000 }),
      { wrapper: liveWrapper(mockRoutingApi({ getEntityRoutes })) },
    );
    await act(() => jest.advanceTimersByTimeAsync(1000));
    expect(result.current).toMatchObject({
      value: before,
      loading: false,
      error: new Error('backend restarting'),
    });

    await act(() => jest.advanceTimersByTimeAsync(1000));
    expect(result.current.error).toBeUndefined();
    expect(result.current.value).toBe(after);
  });

  it('shows loading, not the routes of the previous entity, when the entity changes', async () => {
    const getEntityRoutes = jest
      .fn()
      .mockResolvedValueOnce(before)
      .mockReturnValueOnce(new Promise(() => {}));
    const { result, rerender } = renderHook(
      ({ entity }) => useEntityRoutes(entity, { pollIntervalMs: 0 }),
      {
        initialProps: { entity: storefront },
        wrapper: liveWrapper(mockRoutingApi({ getEntityRoutes })),
      },
    );
    await act(() => jest.advanceTimersByTimeAsync(0));
    expect(result.current.value).toBe(before);

    rerender({ entity: checkout() });

    expect(result.current).toMatchObject({ value: undefined, loading: true });
    expect(getEntityRoutes).toHaveBeenLastCalledWith(
      expect.objectContaining({ name: 'checkout' }),
    );
  });

  it('reports a failed first load, and retry loads again', async () => {
    const getEntityRoutes = jest
      .fn()
      .mockRejectedValueOnce(new Error('Not allowed'))
      .mockResolvedValue(before);
    const { result } = renderHook(
      () => useEntityRoutes(storefront, { pollIntervalMs: 0 }),
      { wrapper: liveWrapper(mockRoutingApi({ getEntityRoutes })) },
    );
    await act(() => jest.advanceTimersByTimeAsync(0));
    expect(result.current).toMatchObject({
      loading: false,
      error: new Error('Not allowed'),
    });

    act(() => result.current.retry());
    expect(result.current).toMatchObject({ loading: true, error: undefined });
    await act(() => jest.advanceTimersByTimeAsync(0));
    expect(result.current).toMatchObject({ value: before, loading: false });
  });
});
