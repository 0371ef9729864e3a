import { ApiProblem, NETWORK_ERROR_STATUS, type Violation } from '@/lib/api-client';
import type { VisitReportRequest } from '../types';

/**
 * Visit reports written on a phone on a weak network. A report is saved on the device before it is sent and
 * removed only once the service has it, so closing the page, losing signal or a dying battery loses nothing.
 * volunteer-service keeps one report per task (a second completion answers 409), so sending again is safe: a 409
 * is checked against the report the service holds, and when it is there the entry counts as delivered. Each report
 * carries the time it was written as `checkedOutAt`, so a report sent hours later credits the hours actually served.
 */

export interface PendingReport {
  taskId: string;
  report: VisitReportRequest;
  savedAt: string;
  attempts: number;
  /** `pending`: waiting to be sent (待发送); `rejected`: the service refused it and the volunteer must act. */
  state: 'pending' | 'rejected';
  error?: string;
  violations?: Violation[];
}

/** Where the entries live between page loads. */
export interface OutboxStore {
  load(): PendingReport[];
  save(entries: PendingReport[]): void;
}

/** What the outbox needs of the service. */
export interface ReportSender {
  send(taskId: string, report: VisitReportRequest): Promise<unknown>;
  /** Whether the service already holds this task's report (a 409 on resend). */
  alreadyReceived(taskId: string): Promise<boolean>;
}

const STORAGE_PREFIX = 'nuanxin.pending-reports.v1:';

/** localStorage survives closing the tab and restarting the phone; it is per origin and per device. */
export function localStorageStore(owner: string, storage: Storage = window.localStorage): OutboxStore {
  const key = STORAGE_PREFIX + owner;
  return {
    load() {
      try {
        const parsed: unknown = JSON.parse(storage.getItem(key) ?? '[]');
        return Array.isArray(parsed) ? (parsed as PendingReport[]) : [];
      } catch {
        return [];
      }
    },
    save(entries) {
      if (entries.length === 0) storage.removeItem(key);
      else storage.setItem(key, JSON.stringify(entries));
    },
  };
}

/** No answer, a lost session or a server in trouble: try again later, unchanged. */
function isTransient(error: unknown): boolean {
  if (!(error instanceof ApiProblem)) return true;
  const status = error.status;
  return status === NETWORK_ERROR_STATUS || status === 401 || status === 408 || status === 429 || status >= 500;
}

export class ReportOutbox {
  private readonly listeners = new Set<() => void>();
  private running: Promise<void> | undefined;
  private snapshot: PendingReport[];

  constructor(
    private readonly store: OutboxStore,
    private readonly sender: ReportSender,
    private readonly now: () => Date = () => new Date(),
  ) {
    this.snapshot = store.load();
  }

  /** The entries as last saved; the same array until something changes (for useSyncExternalStore). */
  entries(): PendingReport[] {
    return this.snapshot;
  }

  entry(taskId: string): PendingReport | undefined {
    return this.snapshot.find((e) => e.taskId === taskId);
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Saves the report on the device (replacing an earlier one of the task), then tries to send it. */
  async submit(taskId: string, report: VisitReportRequest): Promise<PendingReport | undefined> {
    const savedAt = this.now().toISOString();
    // the moment the volunteer finished is the check-out, however late the report reaches the service
    const entry: PendingReport = { taskId, report: { ...report, checkedOutAt: report.checkedOutAt ?? savedAt }, savedAt, attempts: 0, state: 'pending' };
    this.write([...this.store.load().filter((e) => e.taskId !== taskId), entry]);
    await this.flush();
    return this.entry(taskId);
  }

  discard(taskId: string): void {
    this.write(this.store.load().filter((e) => e.taskId !== taskId));
  }

  /** Sends every pending report once; one run at a time (a call during a run waits for it and runs again). */
  flush(): Promise<void> {
    if (this.running) {
      return this.running.then(() => this.flush());
    }
    this.running = this.run().finally(() => {
      this.running = undefined;
    });
    return this.running;
  }

  private async run(): Promise<void> {
    const tried = new Set<string>();
    for (;;) {
      const next = this.store.load().find((e) => e.state === 'pending' && !tried.has(e.taskId));
      if (!next) return;
      tried.add(next.taskId);
      const outcome = await this.deliver(next);
      if (outcome === 'delivered') {
        this.write(this.store.load().filter((e) => !(e.taskId === next.taskId && e.savedAt === next.savedAt)));
      } else if (outcome === 'offline') {
        this.update(next, { attempts: next.attempts + 1 });
        return; // the others would fail alike; the next online event or timer tries again
      } else {
        this.update(next, {
          attempts: next.attempts + 1,
          state: 'rejected',
          error: outcome.error.message,
          violations: outcome.error.violations,
        });
      }
    }
  }

  private async deliver(entry: PendingReport): Promise<'delivered' | 'offline' | { error: ApiProblem }> {
    try {
      await this.sender.send(entry.taskId, entry.report);
      return 'delivered';
    } catch (error) {
      if (isTransient(error)) return 'offline';
      const problem = error as ApiProblem;
      if (problem.status === 409) {
        try {
          if (await this.sender.alreadyReceived(entry.taskId)) return 'delivered';
        } catch (checkError) {
          if (isTransient(checkError)) return 'offline';
        }
      }
      return { error: problem };
    }
  }

  /** Changes the entry only if it is still the one that was sent (a newer save of the task wins). */
  private update(entry: PendingReport, changes: Partial<PendingReport>) {
    this.write(
      this.store.load().map((e) => (e.taskId === entry.taskId && e.savedAt === entry.savedAt ? { ...e, ...changes } : e)),
    );
  }

  private write(entries: PendingReport[]) {
    this.store.save(entries);
    this.snapshot = entries;
    this.listeners.forEach((listener) => listener());
  }
}

/**
 * Keeps trying while anything waits: at once, whenever the browser says it is back online, and every
 * `intervalMs` (an `online` event is not always fired when a weak signal comes back). Returns a stop function.
 */
export function keepFlushing(outbox: ReportOutbox, target: Window = window, intervalMs = 30_000): () => void {
  const flushIfPending = () => {
    if (outbox.entries().some((e) => e.state === 'pending')) void outbox.flush();
  };
  flushIfPending();
  target.addEventListener('online', flushIfPending);
  const timer = setInterval(flushIfPending, intervalMs);
  return () => {
    target.removeEventListener('online', flushIfPending);
    clearInterval(timer);
  };
}
