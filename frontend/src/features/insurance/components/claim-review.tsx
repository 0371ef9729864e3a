import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Banner } from '@/components/ui/banner';
import { Field } from '@/components/ui/field';
import { FormBanner } from '@/components/ui/form-banner';
import { problemMessage } from '@/components/ui/problem-message';
import { useToast } from '@/components/ui/toast';
import { useProblemForm } from '@/components/ui/use-problem-form';
import { useApiClient } from '@/lib/api-client';
import { can } from '@/lib/auth';
import { useSession } from '@/lib/session';
import { useAsync } from '@/lib/use-async';
import { getClaim, getClaimHistory, reviewClaim } from '../api/insurance-api';
import { formatYuan, isYuan } from '../money';
import { DECISIONS, type Claim, type Decision, type ReviewRequest } from '../types';

const REVIEWABLE = ['PENDING_REVIEW', 'AWAITING_SECOND_APPROVAL'];

/** One claim: amounts, each item's rule and explanation, the claim-level rules, its history, and the decision. */
export function ClaimReview({ claimId, onClose, onDecided }: { claimId: string; onClose: () => void; onDecided: () => void }) {
  const { t, i18n } = useTranslation();
  const client = useApiClient();
  const { caller } = useSession();
  const claim = useAsync(() => getClaim(client, claimId), [client, claimId]);
  const history = useAsync(() => getClaimHistory(client, claimId), [client, claimId]);
  const yuan = (amount: string) => formatYuan(i18n.language, amount);
  const when = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'short', timeStyle: 'short', timeZone: 'Asia/Shanghai' });
  const data = claim.data;

  return (
    <aside className="card board__panel claim" aria-labelledby="claim-title">
      <div className="family-section__header">
        <h2 id="claim-title">{t('claims.review.title')}</h2>
        <button type="button" className="button button--ghost" onClick={onClose}>
          {t('tasks.panel.close')}
        </button>
      </div>
      {claim.error !== undefined && <Banner kind="error">{problemMessage(t, claim.error)}</Banner>}
      {claim.loading && !data && <p className="muted">{t('common.loading')}</p>}
      {data && (
        <>
          <dl className="facts">
            <dt>{t('claims.columns.hospital')}</dt>
            <dd>{t(`hospitals.${data.hospitalId}`, { defaultValue: data.hospitalId })}</dd>
            <dt>{t('claims.review.setting')}</dt>
            <dd>
              {t(`claims.settings.${data.setting}`)}
              {data.setting === 'INPATIENT' && `，${t('claims.review.days', { count: data.inpatientDays })}`}
            </dd>
            <dt>{t('claims.review.diagnoses')}</dt>
            <dd className="mono">{data.diagnosisCodes.join(', ')}</dd>
            <dt>{t('claims.columns.status')}</dt>
            <dd>{t(`claimStatus.${data.status}`)}</dd>
            <dt>{t('claims.review.claimed')}</dt>
            <dd>{yuan(data.claimedAmount)}</dd>
            <dt>{t('claims.review.medicalBenefit')}</dt>
            <dd>{yuan(data.medicalBenefit)}</dd>
            <dt>{t('claims.review.nursing')}</dt>
            <dd>
              {yuan(data.nursingAllowance)}（{t('claims.review.days', { count: data.nursingDaysPaid })}）
            </dd>
            <dt>{t('claims.review.benefit')}</dt>
            <dd>
              <strong>{yuan(data.benefitAmount)}</strong>
            </dd>
          </dl>
          {data.explanations.length > 0 && (
            <ul className="explanations" aria-label={t('claims.review.whyReview')}>
              {data.explanations.map((e) => (
                <li key={e.rule + e.message}>
                  <strong>{t(`claimRules.${e.rule}`, { defaultValue: e.rule })}</strong>：{e.message}
                </li>
              ))}
            </ul>
          )}
          <table className="table table--compact">
            <caption>{t('claims.review.items')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('claims.review.item')}</th>
                <th scope="col" className="num">
                  {t('claims.review.submitted')}
                </th>
                <th scope="col" className="num">
                  {t('claims.review.itemBenefit')}
                </th>
                <th scope="col">{t('claims.review.rule')}</th>
              </tr>
            </thead>
            <tbody>
              {data.items.map((item) => (
                <tr key={item.lineNo}>
                  <th scope="row">
                    {item.description}
                    <span className="muted"> · {t(`itemCategories.${item.category}`, { defaultValue: item.category })}</span>
                  </th>
                  <td className="num">{yuan(item.submitted)}</td>
                  <td className="num">{yuan(item.benefit)}</td>
                  <td>
                    <span className={`rule rule--${item.rule === 'ELIGIBLE' ? 'ok' : 'limited'}`}>{t(`claimRules.${item.rule}`, { defaultValue: item.rule })}</span>
                    <br />
                    <span className="muted">{item.explanation}</span>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          {REVIEWABLE.includes(data.status) && can(caller, 'insurance:review') && (
            <ReviewForm
              claim={data}
              onDecided={() => {
                claim.reload();
                history.reload();
                onDecided();
              }}
            />
          )}
          <h3>{t('claims.review.history')}</h3>
          {history.error !== undefined && <Banner kind="error">{problemMessage(t, history.error)}</Banner>}
          <ol className="history">
            {history.data?.map((h) => (
              <li key={h.at + h.toStatus}>
                {when.format(new Date(h.at))} · {h.actor} · {h.fromStatus ? `${t(`claimStatus.${h.fromStatus}`)} → ` : ''}
                {t(`claimStatus.${h.toStatus}`)}
                {h.reason && `：${h.reason}`}
              </li>
            ))}
          </ol>
        </>
      )}
    </aside>
  );
}

function ReviewForm({ claim, onDecided }: { claim: Claim; onDecided: () => void }) {
  const { t, i18n } = useTranslation();
  const client = useApiClient();
  const { showToast } = useToast();
  const form = useProblemForm(['decision', 'medicalBenefit', 'reason']);
  const [decision, setDecision] = useState<Decision>('APPROVE');
  const [amount, setAmount] = useState(claim.medicalBenefit);
  const [reason, setReason] = useState('');
  const [local, setLocal] = useState<Record<string, string>>({});
  const second = claim.status === 'AWAITING_SECOND_APPROVAL';

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const errors: Record<string, string> = {};
    if (decision === 'ADJUST') {
      if (!isYuan(amount)) errors.medicalBenefit = t('claims.review.errors.amount');
      else if (Number(amount) > Number(claim.medicalBenefit))
        errors.medicalBenefit = t('claims.review.errors.aboveAdjudicated', { max: formatYuan(i18n.language, claim.medicalBenefit) });
    }
    if (decision !== 'APPROVE' && !reason.trim()) errors.reason = t('claims.review.errors.reason');
    setLocal(errors);
    if (Object.keys(errors).length > 0) return;
    const request: ReviewRequest = {
      decision,
      medicalBenefit: decision === 'ADJUST' ? amount.trim() : undefined,
      reason: reason.trim() || undefined,
    };
    if (await form.submit(() => reviewClaim(client, claim.id, request))) {
      showToast(t(`claims.review.done.${decision}`));
      onDecided();
    }
  };

  return (
    <form className="form review-form" noValidate onSubmit={submit}>
      <h3>{second ? t('claims.review.secondApproval') : t('claims.review.decide')}</h3>
      {second && <p className="muted">{t('claims.review.secondHint')}</p>}
      <FormBanner banner={form.banner} />
      <fieldset className="choice">
        <legend>{t('claims.review.decision')}</legend>
        <div className="choice__options">
          {DECISIONS.filter((d) => !second || d !== 'ADJUST').map((d) => (
            <label key={d} className="choice__option">
              <input type="radio" name="decision" value={d} checked={decision === d} onChange={() => setDecision(d)} />
              {t(`claims.review.decisions.${d}`)}
            </label>
          ))}
        </div>
      </fieldset>
      {decision === 'ADJUST' && (
        <Field id="review-amount" label={t('claims.review.adjustedBenefit')} hint={t('claims.review.adjustHint')} error={local.medicalBenefit || form.errors.medicalBenefit} required>
          {(control) => <input {...control} inputMode="decimal" value={amount} onChange={(e) => setAmount(e.target.value)} />}
        </Field>
      )}
      <Field id="review-reason" label={t('claims.review.reason')} error={local.reason || form.errors.reason} required={decision !== 'APPROVE'}>
        {(control) => <textarea {...control} rows={2} maxLength={500} value={reason} onChange={(e) => setReason(e.target.value)} />}
      </Field>
      <button type="submit" className="button button--primary" disabled={form.submitting}>
        {t('claims.review.submit')}
      </button>
    </form>
  );
}
