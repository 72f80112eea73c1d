import { act, renderHook, waitFor } from '@testing-library/react';
import type { GatewaysResponse } from '@portway/plugin-routing-common';
import { mockRoutingApi } from '../__testUtils__/mockRoutingApi';
import { fakeSignalApi, liveWrapper } from '../__testUtils__/liveHookHarness';
import { useGateways } from './useGateways';

const before: GatewaysResponse = { gateways: [], clusters: [] };
const after: GatewaysResponse = {
  gateways: [],
  clusters: [{ name: 'prod-eu', state: 'ok' }],
};

describe('useGateways', () => {
  it('loads the Gateways again when a signal arrives on routing:gateways', async () => {
    const signals = fakeSignalApi();
    const getGateways = jest
      .fn()
      .mockResolvedValueOnce(before)
      .mockResolvedValue(after);
    const { result } = renderHook(() => useGateways(), {
      wrapper: liveWrapper(mockRoutingApi({ getGateways }), signals.api),
    });
    await waitFor(() => expect(result.current.value).toBe(before));
    expect(signals.subscribed()).toEqual(['routing:gateways']);

    signals.send('routing:gateways', { changed: 'gateways' });

    expect(result.current.loading).toBe(false);
    await waitFor(() => expect(result.current.value).toBe(after));
  });

  it('asks again every pollIntervalMs in an app without signals', async () => {
    jest.useFakeTimers();
    try {
      const getGateways = jest
        .fn()
        .mockResolvedValueOnce(before)
        .mockResolvedValue(after);
      const { result } = renderHook(
        () => useGateways({ pollIntervalMs: 2000 }),
        { wrapper: liveWrapper(mockRoutingApi({ getGateways })) },
      );
      await act(() => jest.advanceTimersByTimeAsync(1999));
      expect(result.current.value).toBe(before);

      await act(() => jest.advanceTimersByTimeAsync(1));

      expect(getGateways).toHaveBeenCalledTimes(2);
      expect(result.current).toMatchObject({ value: after, loading: false });
    } finally {
      jest.useRealTimers();
    }
  });
});
