import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Banner } from '@/components/ui/banner';
import { problemMessage } from '@/components/ui/problem-message';
import { useToast } from '@/components/ui/toast';
import { useApiClient } from '@/lib/api-client';
import { can } from '@/lib/auth';
import { useSession } from '@/lib/session';
import { useAsync } from '@/lib/use-async';
import { deleteTarget, listTargets } from '../api/supervision-api';
import { toNumber } from '../indicators';
import type { TargetView } from '../types';
import { TargetForm } from './target-form';
import { TargetProgressBar, TargetStatusTag, targetFigures } from './target-progress';
import '../supervision.css';

/** The association's number of responsibility targets (the gateway refuses an eighth). */
export const MAX_TARGETS = 7;

/** 责任目标: the seven targets with their progress; city coordinators set, change and remove them. */
export function TargetsPage() {
  const { t, i18n } = useTranslation();
  const client = useApiClient();
  const { caller } = useSession();
  const { showToast } = useToast();
  const mayEdit = can(caller, 'targets:manage');
  const targets = useAsync(() => listTargets(client), [client]);
  const [editing, setEditing] = useState<'new' | string>();
  const [removing, setRemoving] = useState<string>();
  const [removeError, setRemoveError] = useState<unknown>();
  const date = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeZone: 'Asia/Shanghai' });
  const count = targets.data?.length ?? 0;
  const full = count >= MAX_TARGETS;

  const saved = (target: TargetView, created: boolean) => {
    setEditing(undefined);
    showToast(t(created ? 'targets.created' : 'targets.saved', { name: target.name }));
    targets.reload();
  };

  const remove = async (target: TargetView) => {
    setRemoveError(undefined);
    try {
      await deleteTarget(client, target.id);
      setRemoving(undefined);
      showToast(t('targets.removed', { name: target.name }));
      targets.reload();
    } catch (error) {
      setRemoveError(error);
    }
  };

  return (
    <section aria-labelledby="targets-title" className="targets-page">
      <div className="page-header">
        <h1 id="targets-title">{t('targets.title')}</h1>
        {mayEdit && (
          <div className="page-header__actions">
            <span className="muted" data-testid="targets-count">
              {t('targets.count', { count, max: MAX_TARGETS })}
            </span>
            <button type="button" className="button button--primary" disabled={full || editing === 'new'} onClick={() => setEditing('new')}>
              {t('targets.new')}
            </button>
          </div>
        )}
      </div>
      <p className="muted">{t('targets.intro', { max: MAX_TARGETS })}</p>
      {mayEdit && full && <Banner kind="info">{t('targets.full', { max: MAX_TARGETS })}</Banner>}
      {targets.error !== undefined && <Banner kind="error">{problemMessage(t, targets.error)}</Banner>}
      {removeError !== undefined && <Banner kind="error">{problemMessage(t, removeError)}</Banner>}

      {editing === 'new' && <TargetForm onSaved={(target) => saved(target, true)} onCancel={() => setEditing(undefined)} />}

      {targets.loading && !targets.data && <p className="muted">{t('common.loading')}</p>}
      {targets.data?.length === 0 && <p className="empty">{t('targets.empty')}</p>}
      {targets.data && targets.data.length > 0 && (
        <div className="card">
          <table className="table targets-table" data-testid="targets-table">
            <caption className="visually-hidden">{t('targets.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('targets.columns.name')}</th>
                <th scope="col">{t('targets.columns.indicator')}</th>
                <th scope="col">{t('targets.columns.progress')}</th>
                <th scope="col">{t('targets.columns.status')}</th>
                <th scope="col">{t('targets.columns.deadline')}</th>
                <th scope="col">{t('targets.columns.owner')}</th>
                {mayEdit && <th scope="col">{t('targets.columns.actions')}</th>}
              </tr>
            </thead>
            <tbody>
              {targets.data.map((target) => (
                <tr key={target.id} data-target={target.id}>
                  <th scope="row">{target.name}</th>
                  <td>
                    {t(`indicators.names.${target.indicator}`)}
                    <br />
                    <span className="muted">
                      {target.districtCode ? t(`districts.${target.districtCode}`) : t('targets.cityWide')}
                      {' · '}
                      {t('targets.baseline', {
                        value: new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 1 }).format(toNumber(target.baselineValue) ?? 0),
                      })}
                    </span>
                  </td>
                  <td>
                    <TargetProgressBar target={target} />
                    <span>{targetFigures(target, i18n.language, t(`indicators.units.${target.indicator}`))}</span>
                  </td>
                  <td>
                    <TargetStatusTag status={target.status} />
                  </td>
                  <td>{date.format(new Date(`${target.deadline}T00:00:00+08:00`))}</td>
                  <td>{target.owner}</td>
                  {mayEdit && (
                    <td>
                      {removing === target.id ? (
                        <div className="form__actions">
                          <span>{t('targets.confirmRemove', { name: target.name })}</span>
                          <button type="button" className="button button--primary" onClick={() => void remove(target)}>
                            {t('targets.remove')}
                          </button>
                          <button type="button" className="button button--ghost" onClick={() => setRemoving(undefined)}>
                            {t('common.cancel')}
                          </button>
                        </div>
                      ) : (
                        <div className="form__actions">
                          <button
                            type="button"
                            className="button button--secondary"
                            aria-label={t('targets.editFor', { name: target.name })}
                            onClick={() => setEditing(target.id)}
                          >
                            {t('targets.edit')}
                          </button>
                          <button
                            type="button"
                            className="button button--ghost"
                            aria-label={t('targets.removeFor', { name: target.name })}
                            onClick={() => setRemoving(target.id)}
                          >
                            {t('targets.remove')}
                          </button>
                        </div>
                      )}
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {targets.data
        ?.filter((target) => target.id === editing)
        .map((target) => (
          <TargetForm key={target.id} target={target} onSaved={(saved_) => saved(saved_, false)} onCancel={() => setEditing(undefined)} />
        ))}
    </section>
  );
}
