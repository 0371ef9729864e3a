import { useEffect, useState } from 'react';
import { useApiClient, type ApiClient } from '@/lib/api-client';
import { connectSse, type SseConnectionState } from '@/lib/sse';
import type { SupervisionSnapshot } from '../types';

export const SNAPSHOT_URL = '/api/supervision/snapshot';
export const STREAM_URL = '/api/supervision/stream';

export function getSnapshot(client: ApiClient): Promise<SupervisionSnapshot> {
  return client.get<SupervisionSnapshot>(SNAPSHOT_URL);
}

export interface LiveSupervision {
  snapshot: SupervisionSnapshot | undefined;
  connection: SseConnectionState;
  /** When the browser last received figures (the snapshot's own `updatedAt` is when the data changed). */
  receivedAt: Date | undefined;
  error: unknown;
}

/**
 * The figures for first paint (`GET /snapshot`), then kept current by the stream, which sends a snapshot
 * on connect and after every change. A stream snapshot always wins over a late-arriving GET answer.
 */
export function useLiveSupervision(): LiveSupervision {
  const client = useApiClient();
  const [state, setState] = useState<LiveSupervision>({
    snapshot: undefined,
    connection: 'connecting',
    receivedAt: undefined,
    error: undefined,
  });

  useEffect(() => {
    let active = true;
    let streamed = false;

    getSnapshot(client).then(
      (snapshot) => {
        if (active && !streamed) {
          setState((s) => ({ ...s, snapshot, receivedAt: new Date(), error: undefined }));
        }
      },
      (error: unknown) => active && !streamed && setState((s) => ({ ...s, error })),
    );

    const close = connectSse({
      url: STREAM_URL,
      headers: () => client.authHeaders(),
      onUnauthorized: () => client.onUnauthorized(),
      onStateChange: (connection) => active && setState((s) => ({ ...s, connection })),
      onEvent: (event) => {
        if (!active || event.event !== 'snapshot') {
          return;
        }
        try {
          const snapshot = JSON.parse(event.data) as SupervisionSnapshot;
          streamed = true;
          setState((s) => ({ ...s, snapshot, receivedAt: new Date(), error: undefined }));
        } catch {
          // a malformed frame is skipped; the next snapshot replaces it anyway
        }
      },
    });

    return () => {
      active = false;
      close();
    };
  }, [client]);

  return state;
}
