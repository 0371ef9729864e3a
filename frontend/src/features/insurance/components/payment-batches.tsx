import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Banner } from '@/components/ui/banner';
import { Field } from '@/components/ui/field';
import { FormBanner } from '@/components/ui/form-banner';
import { useProblemForm } from '@/components/ui/use-problem-form';
import { useApiClient } from '@/lib/api-client';
import { createPaymentBatch } from '../api/insurance-api';
import { formatYuan } from '../money';
import { HOSPITALS, type PaymentBatch } from '../types';

/** The previous month in Xiamen, yyyy-MM: what is usually paid. */
function previousMonth(now: Date): string {
  const xiamen = new Date(now.getTime() + 8 * 3_600_000);
  const first = new Date(Date.UTC(xiamen.getUTCFullYear(), xiamen.getUTCMonth() - 1, 1));
  return first.toISOString().slice(0, 7);
}

/** 支付批次: pays a hospital every decided claim of a month at once; each batch made here is listed below. */
export function PaymentBatches({ now = () => new Date() }: { now?: () => Date }) {
  const { t, i18n } = useTranslation();
  const client = useApiClient();
  const form = useProblemForm(['hospitalId', 'month']);
  const [hospitalId, setHospitalId] = useState<string>(HOSPITALS[0]);
  const [month, setMonth] = useState(() => previousMonth(now()));
  const [made, setMade] = useState<PaymentBatch[]>([]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    let batch: PaymentBatch | undefined;
    if (await form.submit(async () => (batch = await createPaymentBatch(client, hospitalId, month)))) {
      setMade((list) => [batch!, ...list]);
    }
  };

  return (
    <section aria-labelledby="payments-title">
      <h1 id="payments-title">{t('payments.title')}</h1>
      <p className="muted">{t('payments.intro')}</p>
      <FormBanner banner={form.banner} />
      <form className="card form filters" noValidate onSubmit={submit}>
        <Field id="batch-hospital" label={t('payments.hospital')} error={form.errors.hospitalId}>
          {(control) => (
            <select {...control} value={hospitalId} onChange={(e) => setHospitalId(e.target.value)}>
              {HOSPITALS.map((h) => (
                <option key={h} value={h}>
                  {t(`hospitals.${h}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field id="batch-month" label={t('payments.month')} error={form.errors.month}>
          {(control) => <input {...control} type="month" value={month} onChange={(e) => setMonth(e.target.value)} />}
        </Field>
        <button type="submit" className="button button--primary" disabled={form.submitting}>
          {t('payments.create')}
        </button>
      </form>
      {made.length === 0 && <p className="empty">{t('payments.none')}</p>}
      {made.map((batch) => (
        <Banner key={batch.id} kind="success">
          {t('payments.made', {
            hospital: t(`hospitals.${batch.hospitalId}`, { defaultValue: batch.hospitalId }),
            month: batch.month,
            count: batch.claimCount,
            total: formatYuan(i18n.language, batch.total),
          })}
        </Banner>
      ))}
    </section>
  );
}
