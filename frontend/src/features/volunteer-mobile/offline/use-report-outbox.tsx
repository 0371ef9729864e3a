import { createContext, useContext, useEffect, useState, useSyncExternalStore, type ReactNode } from 'react';
import { ApiProblem, useApiClient } from '@/lib/api-client';
import { useSession } from '@/lib/session';
import { completeTask, getVisitReport } from '../api/volunteer-api';
import { keepFlushing, localStorageStore, ReportOutbox, type PendingReport } from './report-outbox';

const OutboxContext = createContext<ReportOutbox | null>(null);

/** One outbox per signed-in volunteer, sending through the API client and retrying while anything waits. */
export function ReportOutboxProvider({ children }: { children: ReactNode }) {
  const client = useApiClient();
  const { caller } = useSession();
  const [outbox] = useState(
    () =>
      new ReportOutbox(localStorageStore(caller.name), {
        send: (taskId, report) => completeTask(client, taskId, report),
        alreadyReceived: (taskId) =>
          getVisitReport(client, taskId).then(
            () => true,
            (error: unknown) => {
              if (error instanceof ApiProblem && error.status === 404) return false;
              throw error;
            },
          ),
      }),
  );
  useEffect(() => keepFlushing(outbox), [outbox]);
  return <OutboxContext.Provider value={outbox}>{children}</OutboxContext.Provider>;
}

export function useReportOutbox(): { outbox: ReportOutbox; entries: PendingReport[] } {
  const outbox = useContext(OutboxContext);
  if (!outbox) {
    throw new Error('useReportOutbox needs a ReportOutboxProvider');
  }
  const entries = useSyncExternalStore(
    (listener) => outbox.subscribe(listener),
    () => outbox.entries(),
  );
  return { outbox, entries };
}

/** navigator.onLine, kept current. It can say "online" on a useless signal, never the reverse. */
export function useOnline(): boolean {
  return useSyncExternalStore(
    (listener) => {
      window.addEventListener('online', listener);
      window.addEventListener('offline', listener);
      return () => {
        window.removeEventListener('online', listener);
        window.removeEventListener('offline', listener);
      };
    },
    () => navigator.onLine,
  );
}
