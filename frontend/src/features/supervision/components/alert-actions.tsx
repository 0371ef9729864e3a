import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '@/components/ui/field';
import { FormBanner } from '@/components/ui/form-banner';
import { useToast } from '@/components/ui/toast';
import { useProblemForm } from '@/components/ui/use-problem-form';
import { useApiClient } from '@/lib/api-client';
import { acknowledgeAlert, resolveAlert } from '../api/supervision-api';
import type { AlertView } from '../types';

const RESOLUTION_MAX = 500;

/** 确认 and 处理完成 for one alert (coordinators): acknowledging says someone is on it, resolving says how. */
export function AlertActions({ alert, onChanged }: { alert: AlertView; onChanged: (alert: AlertView) => void }) {
  const { t } = useTranslation();
  const client = useApiClient();
  const { showToast } = useToast();
  const acknowledging = useProblemForm([]);
  const form = useProblemForm(['resolution']);
  const [resolving, setResolving] = useState(false);
  const [resolution, setResolution] = useState('');
  const [missing, setMissing] = useState(false);
  const kind = t(`alerts.kinds.${alert.kind}`);

  if (alert.status === 'RESOLVED') return null;

  const acknowledge = async () => {
    let changed: AlertView | undefined;
    if (await acknowledging.submit(async () => (changed = await acknowledgeAlert(client, alert.id)))) {
      showToast(t('alerts.acknowledged', { kind }));
      onChanged(changed!);
    }
  };

  const resolve = async (event: FormEvent) => {
    event.preventDefault();
    if (!resolution.trim()) {
      setMissing(true);
      return;
    }
    let changed: AlertView | undefined;
    if (await form.submit(async () => (changed = await resolveAlert(client, alert.id, resolution.trim())))) {
      showToast(t('alerts.resolved', { kind }));
      setResolving(false);
      onChanged(changed!);
    }
  };

  return (
    <div className="alert-actions">
      <FormBanner banner={acknowledging.banner} />
      {!resolving && (
        <div className="alert-actions__buttons">
          {alert.status === 'OPEN' && (
            <button
              type="button"
              className="button button--secondary"
              disabled={acknowledging.submitting}
              aria-label={t('alerts.acknowledgeFor', { kind })}
              onClick={() => void acknowledge()}
            >
              {t('alerts.acknowledge')}
            </button>
          )}
          <button
            type="button"
            className="button button--secondary"
            aria-label={t('alerts.resolveFor', { kind })}
            onClick={() => setResolving(true)}
          >
            {t('alerts.resolve')}
          </button>
        </div>
      )}
      {resolving && (
        <form className="form alert-actions__form" noValidate onSubmit={(e) => void resolve(e)}>
          <FormBanner banner={form.banner} />
          <Field
            id={`resolution-${alert.id}`}
            label={t('alerts.resolution')}
            hint={t('alerts.resolutionHint')}
            error={missing ? t('alerts.resolutionRequired') : form.errors.resolution}
            required
          >
            {(control) => (
              <textarea
                {...control}
                rows={2}
                maxLength={RESOLUTION_MAX}
                value={resolution}
                onChange={(e) => {
                  setResolution(e.target.value);
                  setMissing(false);
                  form.clear('resolution');
                }}
              />
            )}
          </Field>
          <div className="form__actions">
            <button type="submit" className="button button--primary" disabled={form.submitting}>
              {t('alerts.confirmResolve')}
            </button>
            <button type="button" className="button button--ghost" onClick={() => setResolving(false)}>
              {t('common.cancel')}
            </button>
          </div>
        </form>
      )}
    </div>
  );
}
