import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { Banner } from '@/components/ui/banner';
import { Field } from '@/components/ui/field';
import { FormBanner } from '@/components/ui/form-banner';
import { problemMessage } from '@/components/ui/problem-message';
import { useToast } from '@/components/ui/toast';
import { useProblemForm } from '@/components/ui/use-problem-form';
import { ApiProblem, useApiClient } from '@/lib/api-client';
import { can } from '@/lib/auth';
import { useSession } from '@/lib/session';
import { useAsync } from '@/lib/use-async';
import { changeVolunteerStatus, getStatusHistory, getVolunteer, linkAccount } from '../api/volunteers-api';
import { NEXT_STATUSES, type Volunteer, type VolunteerStatus } from '../types';

const USERNAME = /^[a-z0-9][a-z0-9._-]{1,99}$/;

/** One member of the corps: the record, status changes with a reason (培训合格 → 在岗, 暂停, 恢复, 退出), the login account. */
export function VolunteerPage() {
  const { t, i18n } = useTranslation();
  const { volunteerId = '' } = useParams();
  const client = useApiClient();
  const { caller } = useSession();
  const volunteer = useAsync(() => getVolunteer(client, volunteerId), [client, volunteerId]);
  const history = useAsync(() => getStatusHistory(client, volunteerId), [client, volunteerId]);
  const [changed, setChanged] = useState<Volunteer>();
  const data = changed ?? volunteer.data;
  const when = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Asia/Shanghai' });
  const manage = can(caller, 'tasks:manage');

  if (volunteer.error !== undefined && !data) {
    const missing = volunteer.error instanceof ApiProblem && volunteer.error.status === 404;
    return (
      <section>
        <h1>{t('volunteerPage.title')}</h1>
        <Banner kind="error">{missing ? t('volunteerPage.notFound') : problemMessage(t, volunteer.error)}</Banner>
        <Link to="/volunteers">{t('volunteerPage.back')}</Link>
      </section>
    );
  }
  if (!data) return <p className="muted">{t('common.loading')}</p>;

  const updated = (v: Volunteer) => {
    setChanged(v);
    history.reload();
  };

  return (
    <article aria-labelledby="volunteer-title">
      <Link to="/volunteers" className="back-link">
        {t('volunteerPage.back')}
      </Link>
      <h1 id="volunteer-title">
        {data.name} <span className={`tag tag--status-${data.status.toLowerCase()}`}>{t(`volunteerStatus.${data.status}`)}</span>
      </h1>
      <section className="card" aria-labelledby="volunteer-record">
        <h2 id="volunteer-record">{t('volunteerPage.record')}</h2>
        <dl className="facts">
          <dt>{t('volunteers.columns.team')}</dt>
          <dd>{t(`volunteerKinds.${data.kind}`)}</dd>
          <dt>{t('volunteers.columns.district')}</dt>
          <dd>{t(`districts.${data.districtCode}`, { defaultValue: data.districtName })}</dd>
          <dt>{t('volunteers.columns.phone')}</dt>
          <dd className="mono">{data.phoneMasked ?? '—'}</dd>
          <dt>{t('volunteers.columns.skills')}</dt>
          <dd>{data.skills.map((s) => t(`skills.${s}`)).join('、')}</dd>
          <dt>{t('volunteers.columns.qualifications')}</dt>
          <dd>{data.qualifications.join('、') || '—'}</dd>
          <dt>{t('volunteers.columns.dialects')}</dt>
          <dd>{data.dialects.join('、') || '—'}</dd>
          <dt>{t('volunteerPage.account')}</dt>
          <dd className="mono">{data.username || t('volunteerPage.noAccount')}</dd>
          <dt>{t('volunteerPage.registeredAt')}</dt>
          <dd>{when.format(new Date(data.registeredAt))}</dd>
        </dl>
      </section>
      {manage && <StatusForm volunteer={data} onChanged={updated} />}
      {manage && <AccountForm volunteer={data} onChanged={setChanged} />}
      <section className="card" aria-labelledby="volunteer-history">
        <h2 id="volunteer-history">{t('volunteerPage.history')}</h2>
        {history.error !== undefined && <Banner kind="error">{problemMessage(t, history.error)}</Banner>}
        {history.data && history.data.length === 0 && <p className="empty">{t('volunteerPage.noHistory')}</p>}
        {history.data && history.data.length > 0 && (
          <ol className="timeline">
            {history.data.map((h) => (
              <li key={`${h.changedAt}-${h.to}`} className="timeline__item">
                {t('volunteerPage.change', {
                  from: t(`volunteerStatus.${h.from}`),
                  to: t(`volunteerStatus.${h.to}`),
                  reason: h.reason,
                  by: h.changedBy,
                  at: when.format(new Date(h.changedAt)),
                })}
              </li>
            ))}
          </ol>
        )}
      </section>
    </article>
  );
}

function StatusForm({ volunteer, onChanged }: { volunteer: Volunteer; onChanged: (v: Volunteer) => void }) {
  const { t } = useTranslation();
  const client = useApiClient();
  const { showToast } = useToast();
  const form = useProblemForm(['status', 'reason']);
  const choices = NEXT_STATUSES[volunteer.status];
  const [status, setStatus] = useState<VolunteerStatus | ''>(choices[0] ?? '');
  const [reason, setReason] = useState('');
  const [local, setLocal] = useState<Record<string, string>>({});
  const errorFor = (f: string) => local[f] || form.errors[f];

  if (choices.length === 0) {
    return (
      <section className="card" aria-labelledby="volunteer-status">
        <h2 id="volunteer-status">{t('volunteerPage.status.title')}</h2>
        <p className="muted">{t('volunteerPage.status.final')}</p>
      </section>
    );
  }

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const errors: Record<string, string> = {};
    if (!status) errors.status = t('volunteerPage.status.chooseStatus');
    if (!reason.trim()) errors.reason = t('volunteerPage.status.reasonRequired');
    setLocal(errors);
    if (Object.keys(errors).length > 0) return;
    let result: Volunteer | undefined;
    if (await form.submit(async () => (result = await changeVolunteerStatus(client, volunteer.id, status as VolunteerStatus, reason)))) {
      showToast(t('volunteerPage.status.changed', { name: result!.name, status: t(`volunteerStatus.${result!.status}`) }));
      setReason('');
      setStatus(NEXT_STATUSES[result!.status][0] ?? '');
      onChanged(result!);
    }
  };

  return (
    <section className="card" aria-labelledby="volunteer-status">
      <h2 id="volunteer-status">{t('volunteerPage.status.title')}</h2>
      <p className="muted">{t(`volunteerPage.status.hint.${volunteer.status}`)}</p>
      <FormBanner banner={form.banner} />
      <form className="form" noValidate onSubmit={submit}>
        <div className="form__row">
          <Field id="status-to" label={t('volunteerPage.status.to')} error={errorFor('status')} required>
            {(control) => (
              <select
                {...control}
                value={status}
                onChange={(e) => {
                  setStatus(e.target.value as VolunteerStatus);
                  form.clear('status');
                  setLocal((l) => ({ ...l, status: '' }));
                }}
              >
                {choices.map((s) => (
                  <option key={s} value={s}>
                    {t(`volunteerPage.status.action.${volunteer.status}_${s}`)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field id="status-reason" label={t('volunteerPage.status.reason')} hint={t('volunteerPage.status.reasonHint')} error={errorFor('reason')} required>
            {(control) => (
              <input
                {...control}
                maxLength={200}
                value={reason}
                onChange={(e) => {
                  setReason(e.target.value);
                  form.clear('reason');
                  setLocal((l) => ({ ...l, reason: '' }));
                }}
              />
            )}
          </Field>
        </div>
        <div className="form__actions">
          <span className="spacer" />
          <button type="submit" className="button button--primary" disabled={form.submitting}>
            {t('volunteerPage.status.submit')}
          </button>
        </div>
      </form>
    </section>
  );
}

function AccountForm({ volunteer, onChanged }: { volunteer: Volunteer; onChanged: (v: Volunteer) => void }) {
  const { t } = useTranslation();
  const client = useApiClient();
  const { showToast } = useToast();
  const form = useProblemForm(['username']);
  const [username, setUsername] = useState(volunteer.username ?? '');
  const [local, setLocal] = useState('');

  const save = async (value: string | null) => {
    if (value !== null && !USERNAME.test(value)) {
      setLocal(t('volunteerForm.errors.username'));
      return;
    }
    setLocal('');
    let result: Volunteer | undefined;
    if (await form.submit(async () => (result = await linkAccount(client, volunteer.id, value)))) {
      showToast(value === null ? t('volunteerPage.accountForm.unlinked') : t('volunteerPage.accountForm.linked', { username: value }));
      setUsername(result!.username ?? '');
      onChanged(result!);
    }
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void save(username.trim());
  };

  return (
    <section className="card" aria-labelledby="volunteer-account">
      <h2 id="volunteer-account">{t('volunteerPage.accountForm.title')}</h2>
      <p className="muted">{t('volunteerPage.accountForm.hint')}</p>
      <FormBanner banner={form.banner} />
      <form className="form" noValidate onSubmit={submit}>
        <Field id="account-username" label={t('volunteerForm.username')} error={local || form.errors.username} required>
          {(control) => (
            <input
              {...control}
              autoComplete="off"
              autoCapitalize="none"
              maxLength={100}
              value={username}
              onChange={(e) => {
                setUsername(e.target.value);
                setLocal('');
                form.clear('username');
              }}
            />
          )}
        </Field>
        <div className="form__actions">
          <span className="spacer" />
          {volunteer.username && (
            <button type="button" className="button button--ghost" disabled={form.submitting} onClick={() => void save(null)}>
              {t('volunteerPage.accountForm.unlink')}
            </button>
          )}
          <button type="submit" className="button button--primary" disabled={form.submitting}>
            {t('volunteerPage.accountForm.submit')}
          </button>
        </div>
      </form>
    </section>
  );
}
