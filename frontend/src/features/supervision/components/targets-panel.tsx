import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { TargetView } from '../types';
import { Sparkline } from './charts';
import { STATUS_COLOURS, TargetProgressBar, TargetStatusTag, targetFigures } from './target-progress';

/** 责任目标 on the dashboard: each target's progress, status and trend, live from the stream. */
export function TargetsPanel({ targets }: { targets: TargetView[] | undefined }) {
  const { t, i18n } = useTranslation();
  const date = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeZone: 'Asia/Shanghai' });
  return (
    <section className="card targets-panel" aria-labelledby="targets-panel-title" data-testid="targets-panel">
      <div className="card__header">
        <h2 id="targets-panel-title">{t('targets.title')}</h2>
        <Link to="/targets">{t('targets.manageLink')}</Link>
      </div>
      {targets === undefined && <p className="muted">{t('common.loading')}</p>}
      {targets?.length === 0 && <p className="empty">{t('targets.empty')}</p>}
      {targets && targets.length > 0 && (
        <ol className="target-list">
          {targets.map((target) => (
            <li key={target.id} className="target-item" data-target={target.id}>
              <div className="target-item__head">
                <span className="target-item__name">{target.name}</span>
                <TargetStatusTag status={target.status} />
              </div>
              <div className="target-item__body">
                <div className="target-item__progress">
                  <TargetProgressBar target={target} />
                  <p className="target-item__figures">
                    <span data-testid="target-figures">{targetFigures(target, i18n.language, t(`indicators.units.${target.indicator}`))}</span>
                    <span className="muted">
                      {' · '}
                      {target.districtCode ? t(`districts.${target.districtCode}`) : t('targets.cityWide')}
                      {' · '}
                      {t('targets.deadlineOn', { date: date.format(new Date(`${target.deadline}T00:00:00+08:00`)) })}
                      {' · '}
                      {target.owner}
                    </span>
                  </p>
                </div>
                <div className="target-item__spark" aria-hidden="true">
                  {target.trend.length > 1 && (
                    <Suspense fallback={null}>
                      <Sparkline points={target.trend} colour={STATUS_COLOURS[target.status]} />
                    </Suspense>
                  )}
                </div>
              </div>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
