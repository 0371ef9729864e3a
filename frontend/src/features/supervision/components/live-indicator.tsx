import { useTranslation } from 'react-i18next';
import type { SseConnectionState } from '@/lib/sse';

/** Whether the figures are live, and when they last arrived. */
export function LiveIndicator({ connection, receivedAt }: { connection: SseConnectionState; receivedAt?: Date }) {
  const { t, i18n } = useTranslation();
  const time = receivedAt
    ? new Intl.DateTimeFormat(i18n.language, { hour: '2-digit', minute: '2-digit', second: '2-digit' }).format(receivedAt)
    : undefined;
  return (
    <p className={`live live--${connection}`} role="status" data-testid="live-indicator" data-state={connection}>
      <span className="live__dot" aria-hidden="true" />
      <span>{t(`dashboard.connection.${connection}`)}</span>
      {time && <span className="live__time">{t('dashboard.lastUpdate', { time })}</span>}
    </p>
  );
}
