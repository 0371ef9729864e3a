import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Banner } from '@/components/ui/banner';
import { Field } from '@/components/ui/field';
import { FormBanner } from '@/components/ui/form-banner';
import { problemMessage } from '@/components/ui/problem-message';
import { useToast } from '@/components/ui/toast';
import { useProblemForm } from '@/components/ui/use-problem-form';
import { useApiClient } from '@/lib/api-client';
import { useAsync } from '@/lib/use-async';
import { decideCorrection, listCorrections } from '../api/volunteers-api';
import type { Correction } from '../types';

/** 时长审批: corrections of service hours wait here; nothing is credited until a coordinator decides, with a reason. */
export function HoursApprovals() {
  const { t, i18n } = useTranslation();
  const client = useApiClient();
  const pending = useAsync(() => listCorrections(client, 'PENDING'), [client]);
  const [deciding, setDeciding] = useState<string>();
  const date = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Asia/Shanghai' });

  return (
    <section aria-labelledby="corrections-title">
      <h1 id="corrections-title">{t('corrections.title')}</h1>
      <p className="muted">{t('corrections.intro')}</p>
      {pending.error !== undefined && <Banner kind="error">{problemMessage(t, pending.error)}</Banner>}
      {pending.loading && !pending.data && <p className="muted">{t('common.loading')}</p>}
      {pending.data && pending.data.length === 0 && <p className="empty">{t('corrections.empty')}</p>}
      {pending.data && pending.data.length > 0 && (
        <div className="card">
          <table className="table">
            <caption className="visually-hidden">{t('corrections.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('corrections.columns.volunteer')}</th>
                <th scope="col" className="num">
                  {t('corrections.columns.minutes')}
                </th>
                <th scope="col">{t('corrections.columns.reason')}</th>
                <th scope="col">{t('corrections.columns.requested')}</th>
                <th scope="col">{t('corrections.columns.decision')}</th>
              </tr>
            </thead>
            <tbody>
              {pending.data.map((c) => (
                <tr key={c.id}>
                  <th scope="row">{c.volunteerName}</th>
                  <td className="num">{c.minutes > 0 ? `+${c.minutes}` : c.minutes}</td>
                  <td>{c.reason}</td>
                  <td>
                    {c.requestedBy} · {date.format(new Date(c.requestedAt))}
                  </td>
                  <td>
                    {deciding === c.id ? (
                      <DecisionForm
                        correction={c}
                        onDone={(decided) => {
                          setDeciding(undefined);
                          if (decided) pending.reload();
                        }}
                      />
                    ) : (
                      <button type="button" className="button button--secondary" aria-label={t('corrections.decideFor', { name: c.volunteerName })} onClick={() => setDeciding(c.id)}>
                        {t('corrections.decide')}
                      </button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

function DecisionForm({ correction, onDone }: { correction: Correction; onDone: (decided: boolean) => void }) {
  const { t } = useTranslation();
  const client = useApiClient();
  const { showToast } = useToast();
  const form = useProblemForm(['reason', 'approve', 'minutes']);
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState(false);

  const decide = async (approve: boolean, event?: FormEvent) => {
    event?.preventDefault();
    if (!reason.trim()) {
      setMissing(true);
      return;
    }
    if (await form.submit(() => decideCorrection(client, correction, approve, reason))) {
      showToast(t(approve ? 'corrections.approved' : 'corrections.rejected', { name: correction.volunteerName }));
      onDone(true);
    }
  };

  return (
    <form className="form" noValidate onSubmit={(e) => void decide(true, e)}>
      <FormBanner banner={form.banner} />
      <Field id={`decision-${correction.id}`} label={t('corrections.reason')} error={missing ? t('corrections.reasonRequired') : form.errors.reason ?? form.errors.minutes} required>
        {(control) => (
          <input
            {...control}
            maxLength={500}
            value={reason}
            onChange={(e) => {
              setReason(e.target.value);
              setMissing(false);
              form.clear('reason');
            }}
          />
        )}
      </Field>
      <div className="form__actions">
        <button type="submit" className="button button--primary" disabled={form.submitting}>
          {t('corrections.approve')}
        </button>
        <button type="button" className="button button--secondary" disabled={form.submitting} onClick={() => void decide(false)}>
          {t('corrections.reject')}
        </button>
        <button type="button" className="button button--ghost" onClick={() => onDone(false)}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
