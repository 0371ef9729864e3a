import { useEffect, useState } from 'react';
import { useApiClient, type ApiClient } from '@/lib/api-client';
import { connectSse, type SseConnectionState } from '@/lib/sse';
import type {
  AlertKind,
  AlertStatus,
  AlertView,
  IndicatorKey,
  IndicatorView,
  Page,
  StreetCount,
  SupervisionSnapshot,
  TargetRequest,
  TargetView,
} from '../types';

export const SNAPSHOT_URL = '/api/supervision/snapshot';
export const STREAM_URL = '/api/supervision/stream';
const TARGETS_URL = '/api/supervision/targets';
const ALERTS_URL = '/api/supervision/alerts';
const INDICATORS_URL = '/api/supervision/indicators';

export function getSnapshot(client: ApiClient): Promise<SupervisionSnapshot> {
  return client.get<SupervisionSnapshot>(SNAPSHOT_URL);
}

export function getIndicator(client: ApiClient, key: IndicatorKey, district?: string, days = 90): Promise<IndicatorView> {
  return client.get<IndicatorView>(`${INDICATORS_URL}/${key}`, { district, days });
}

/** One district's figures street by street, most families first. */
export function getStreets(client: ApiClient, districtCode: string): Promise<StreetCount[]> {
  return client.get<StreetCount[]>(`/api/supervision/districts/${districtCode}/streets`);
}

export function listTargets(client: ApiClient): Promise<TargetView[]> {
  return client.get<TargetView[]>(TARGETS_URL);
}

export function createTarget(client: ApiClient, request: TargetRequest): Promise<TargetView> {
  return client.post<TargetView>(TARGETS_URL, request);
}

export function updateTarget(client: ApiClient, id: string, request: TargetRequest): Promise<TargetView> {
  return client.put<TargetView>(`${TARGETS_URL}/${id}`, request);
}

export function deleteTarget(client: ApiClient, id: string): Promise<void> {
  return client.delete(`${TARGETS_URL}/${id}`);
}

export interface AlertQuery {
  status?: AlertStatus;
  kind?: AlertKind;
  district?: string;
  page?: number;
  size?: number;
}

/** Without a status: the live alerts (open or acknowledged), most severe and newest first. */
export function listAlerts(client: ApiClient, query: AlertQuery = {}): Promise<Page<AlertView>> {
  return client.get<Page<AlertView>>(ALERTS_URL, { ...query });
}

export function acknowledgeAlert(client: ApiClient, id: string): Promise<AlertView> {
  return client.post<AlertView>(`${ALERTS_URL}/${id}/acknowledgement`);
}

export function resolveAlert(client: ApiClient, id: string, resolution: string): Promise<AlertView> {
  return client.post<AlertView>(`${ALERTS_URL}/${id}/resolution`, { resolution });
}

const SEVERITY_RANK = { CRITICAL: 0, HIGH: 1, WARNING: 2 } as const;

/** Most severe first, then newest: the order the gateway lists live alerts in. */
export function byUrgency(a: AlertView, b: AlertView): number {
  return SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] || b.raisedAt.localeCompare(a.raisedAt);
}

/**
 * The live list after one alert change from the stream: a newer change replaces the alert, a resolved alert
 * leaves the list, a replayed older change (lower `seq`) is ignored.
 */
export function applyAlertChange(alerts: AlertView[], change: AlertView): AlertView[] {
  const known = alerts.find((a) => a.id === change.id);
  if (known && known.seq > change.seq) return alerts;
  const rest = alerts.filter((a) => a.id !== change.id);
  return change.status === 'RESOLVED' ? rest : [...rest, change].sort(byUrgency);
}

/** Streamed targets come without their trend: each keeps the trend it was read with. */
export function mergeTargets(previous: TargetView[] | undefined, streamed: TargetView[]): TargetView[] {
  const trends = new Map((previous ?? []).map((t) => [t.id, t.trend]));
  return streamed.map((t) => ({ ...t, trend: t.trend?.length ? t.trend : (trends.get(t.id) ?? []) }));
}

export interface LiveSupervision {
  snapshot: SupervisionSnapshot | undefined;
  /** Undefined until read (and for callers without targets). */
  targets: TargetView[] | undefined;
  /** The live alerts, most severe first; undefined until read (and for callers without alerts). */
  alerts: AlertView[] | undefined;
  connection: SseConnectionState;
  /** When the browser last received figures (the snapshot's own `updatedAt` is when the data changed). */
  receivedAt: Date | undefined;
  error: unknown;
  /** Puts an alert the caller just changed into the list at once (the stream confirms it later). */
  alertChanged: (alert: AlertView) => void;
}

/** How many live alerts the screen reads at first; the stream adds the rest as they change. */
export const LIVE_ALERTS_SIZE = 50;

/**
 * The figures for first paint (`GET /snapshot`, `/targets`, `/alerts`), then kept current by the stream, which
 * sends a snapshot and the targets on connect and after every change, and each alert change. A streamed value
 * always wins over a late-arriving GET answer. `withTargetsAndAlerts` is false for roles the gateway gives
 * neither (volunteers).
 */
export function useLiveSupervision(withTargetsAndAlerts = true): LiveSupervision {
  const client = useApiClient();
  const [state, setState] = useState<Omit<LiveSupervision, 'alertChanged'>>({
    snapshot: undefined,
    targets: undefined,
    alerts: undefined,
    connection: 'connecting',
    receivedAt: undefined,
    error: undefined,
  });

  useEffect(() => {
    let active = true;
    let streamed = false;
    let targetsStreamed = false;
    /** Alert changes that arrive before the first list: applied to it when it comes. */
    const early: AlertView[] = [];
    let alertsListed = false;

    getSnapshot(client).then(
      (snapshot) => {
        if (active && !streamed) {
          setState((s) => ({ ...s, snapshot, receivedAt: new Date(), error: undefined }));
        }
      },
      (error: unknown) => active && !streamed && setState((s) => ({ ...s, error })),
    );

    if (withTargetsAndAlerts) {
      listTargets(client).then(
        (targets) =>
          active &&
          setState((s) => ({
            ...s,
            // the GET carries the trends; a streamed copy holds fresher figures
            targets: targetsStreamed && s.targets ? mergeTargets(targets, s.targets) : targets,
          })),
        () => active && setState((s) => ({ ...s, targets: s.targets ?? [] })),
      );
      listAlerts(client, { size: LIVE_ALERTS_SIZE }).then(
        (page) => {
          alertsListed = true;
          if (active) {
            setState((s) => ({ ...s, alerts: early.reduce(applyAlertChange, [...page.items].sort(byUrgency)) }));
          }
        },
        () => {
          alertsListed = true;
          if (active) setState((s) => ({ ...s, alerts: early.reduce(applyAlertChange, [] as AlertView[]) }));
        },
      );
    }

    const close = connectSse({
      url: STREAM_URL,
      headers: () => client.authHeaders(),
      onUnauthorized: () => client.onUnauthorized(),
      onStateChange: (connection) => active && setState((s) => ({ ...s, connection })),
      onEvent: (event) => {
        if (!active) {
          return;
        }
        try {
          if (event.event === 'snapshot') {
            const snapshot = JSON.parse(event.data) as SupervisionSnapshot;
            streamed = true;
            setState((s) => ({ ...s, snapshot, receivedAt: new Date(), error: undefined }));
          } else if (event.event === 'targets' && withTargetsAndAlerts) {
            const targets = JSON.parse(event.data) as TargetView[];
            targetsStreamed = true;
            setState((s) => ({ ...s, targets: mergeTargets(s.targets, targets) }));
          } else if (event.event === 'alert' && withTargetsAndAlerts) {
            const alert = JSON.parse(event.data) as AlertView;
            if (!alertsListed) early.push(alert);
            setState((s) => (s.alerts ? { ...s, alerts: applyAlertChange(s.alerts, alert) } : s));
          }
        } catch {
          // a malformed frame is skipped; the next snapshot replaces it anyway
        }
      },
    });

    return () => {
      active = false;
      close();
    };
  }, [client, withTargetsAndAlerts]);

  const alertChanged = (alert: AlertView) =>
    setState((s) => (s.alerts ? { ...s, alerts: applyAlertChange(s.alerts, alert) } : s));

  return { ...state, alertChanged };
}
