import { useTranslation } from 'react-i18next';
import { toNumber } from '../indicators';
import type { TargetStatus, TargetView } from '../types';

/** Each status has its colour and its words; the words always show, so colour is never the only sign. */
export const STATUS_COLOURS: Record<TargetStatus, string> = {
  ACHIEVED: '#166534',
  ON_TRACK: '#1e40af',
  AT_RISK: '#b45309',
  MISSED: '#b91c1c',
};

export function TargetStatusTag({ status }: { status: TargetStatus }) {
  const { t } = useTranslation();
  return (
    <span className={`tag target-status target-status--${status.toLowerCase()}`} data-status={status}>
      {t(`targets.status.${status}`)}
    </span>
  );
}

/** How far a target has come from its baseline (0–100), as a bar with its status colour. */
export function TargetProgressBar({ target }: { target: TargetView }) {
  const { t, i18n } = useTranslation();
  const percent = Math.max(0, Math.min(100, toNumber(target.progressPercent) ?? 0));
  const text = new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 0 }).format(percent);
  return (
    <div
      className="target-bar"
      role="progressbar"
      aria-label={t('targets.progressOf', { name: target.name })}
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={percent}
      aria-valuetext={`${text}%`}
    >
      <div className="target-bar__fill" style={{ width: `${percent}%`, background: STATUS_COLOURS[target.status] }} />
    </div>
  );
}

/** "96.4 / 100 %": where the indicator stands against the target, in the indicator's unit. */
export function targetFigures(target: TargetView, language: string, unit: string): string {
  const format = (v: TargetView['currentValue']) => {
    const n = toNumber(v);
    return n === undefined ? '—' : new Intl.NumberFormat(language, { maximumFractionDigits: 1 }).format(n);
  };
  return `${format(target.currentValue)} / ${format(target.targetValue)} ${unit}`;
}
