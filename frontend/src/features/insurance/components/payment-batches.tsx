import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Banner } from '@/components/ui/banner';
import { Field } from '@/components/ui/field';
import { FormBanner } from '@/components/ui/form-banner';
import { Pagination } from '@/components/ui/pagination';
import { problemMessage } from '@/components/ui/problem-message';
import { useProblemForm } from '@/components/ui/use-problem-form';
import { useApiClient } from '@/lib/api-client';
import { can } from '@/lib/auth';
import { useSession } from '@/lib/session';
import { useAsync } from '@/lib/use-async';
import { createPaymentBatch, listPaymentBatches } from '../api/insurance-api';
import { formatYuan } from '../money';
import { HOSPITALS, type PaymentBatch } from '../types';

const PAGE_SIZE = 20;

/** The previous month in Xiamen, yyyy-MM: what is usually paid. */
function previousMonth(now: Date): string {
  const xiamen = new Date(now.getTime() + 8 * 3_600_000);
  const first = new Date(Date.UTC(xiamen.getUTCFullYear(), xiamen.getUTCMonth() - 1, 1));
  return first.toISOString().slice(0, 7);
}

/**
 * 支付批次: pays a hospital every decided claim of a month at once (city coordinators), and lists every batch made,
 * newest first (auditors too).
 */
export function PaymentBatches({ now = () => new Date() }: { now?: () => Date }) {
  const { t, i18n } = useTranslation();
  const client = useApiClient();
  const { caller } = useSession();
  const mayPay = can(caller, 'insurance:pay');
  const form = useProblemForm(['hospitalId', 'month']);
  const [hospitalId, setHospitalId] = useState<string>(HOSPITALS[0]);
  const [month, setMonth] = useState(() => previousMonth(now()));
  const [made, setMade] = useState<PaymentBatch>();
  const [page, setPage] = useState(0);
  const batches = useAsync(() => listPaymentBatches(client, { page, size: PAGE_SIZE }), [client, page]);
  const when = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Asia/Shanghai' });
  const hospitalName = (id: string) => t(`hospitals.${id}`, { defaultValue: id });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setMade(undefined);
    let batch: PaymentBatch | undefined;
    if (await form.submit(async () => (batch = await createPaymentBatch(client, hospitalId, month)))) {
      setMade(batch);
      if (page === 0) batches.reload();
      else setPage(0);
    }
  };

  return (
    <section aria-labelledby="payments-title">
      <h1 id="payments-title">{t('payments.title')}</h1>
      <p className="muted">{t('payments.intro')}</p>
      {mayPay && <FormBanner banner={form.banner} />}
      {mayPay && (
        <form className="card form filters" noValidate onSubmit={submit}>
          <Field id="batch-hospital" label={t('payments.hospital')} error={form.errors.hospitalId}>
            {(control) => (
              <select
                {...control}
                value={hospitalId}
                onChange={(e) => {
                  setHospitalId(e.target.value);
                  form.clear('hospitalId');
                }}
              >
                {HOSPITALS.map((h) => (
                  <option key={h} value={h}>
                    {hospitalName(h)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field id="batch-month" label={t('payments.month')} error={form.errors.month}>
            {(control) => (
              <input
                {...control}
                type="month"
                value={month}
                onChange={(e) => {
                  setMonth(e.target.value);
                  form.clear('month');
                }}
              />
            )}
          </Field>
          <button type="submit" className="button button--primary" disabled={form.submitting}>
            {t('payments.create')}
          </button>
        </form>
      )}
      {made && (
        <Banner kind="success">
          {t('payments.made', {
            hospital: hospitalName(made.hospitalId),
            month: made.month,
            count: made.claimCount,
            total: formatYuan(i18n.language, made.total),
          })}
        </Banner>
      )}

      <h2 id="batches-title">{t('payments.listTitle')}</h2>
      {batches.error !== undefined && <Banner kind="error">{problemMessage(t, batches.error)}</Banner>}
      <div className="card" aria-busy={batches.loading}>
        <table className="table" aria-labelledby="batches-title">
          <thead>
            <tr>
              <th scope="col">{t('payments.columns.month')}</th>
              <th scope="col">{t('payments.columns.hospital')}</th>
              <th scope="col" className="num">
                {t('payments.columns.claims')}
              </th>
              <th scope="col" className="num">
                {t('payments.columns.total')}
              </th>
              <th scope="col">{t('payments.columns.createdAt')}</th>
              <th scope="col">{t('payments.columns.createdBy')}</th>
            </tr>
          </thead>
          <tbody>
            {batches.data?.items.map((batch) => (
              <tr key={batch.id}>
                <th scope="row">{batch.month}</th>
                <td>{hospitalName(batch.hospitalId)}</td>
                <td className="num">{batch.claimCount}</td>
                <td className="num">{formatYuan(i18n.language, batch.total)}</td>
                <td>{when.format(new Date(batch.createdAt))}</td>
                <td>{batch.createdBy}</td>
              </tr>
            ))}
          </tbody>
        </table>
        {batches.data && batches.data.items.length === 0 && <p className="empty">{t('payments.none')}</p>}
        {batches.loading && !batches.data && <p className="muted">{t('common.loading')}</p>}
      </div>
      {batches.data && batches.data.total > 0 && (
        <Pagination page={batches.data.page} size={batches.data.size} total={batches.data.total} onPage={setPage} statusKey="payments.pageStatus" />
      )}
    </section>
  );
}
