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
import { getBenefitRules, getPremiumTotals, setPremiumBudget } from '../api/insurance-api';
import { formatYuan, isYuan } from '../money';

/** 保险概况: the year's terms, how many are insured, and the premiums due against the budget. */
export function InsuranceOverview({ now = () => new Date() }: { now?: () => Date }) {
  const { t, i18n } = useTranslation();
  const client = useApiClient();
  const { caller } = useSession();
  const [year] = useState(() => Number(new Intl.DateTimeFormat('en', { year: 'numeric', timeZone: 'Asia/Shanghai' }).format(now())));
  const rules = useAsync(() => getBenefitRules(client), [client]);
  const totals = useAsync(() => getPremiumTotals(client, year), [client, year]);
  const yuan = (amount: string | null) => formatYuan(i18n.language, amount);

  return (
    <section aria-labelledby="insurance-title">
      <h1 id="insurance-title">{t('insurance.title', { year })}</h1>
      {(rules.error !== undefined || totals.error !== undefined) && (
        <Banner kind="error">{problemMessage(t, rules.error ?? totals.error)}</Banner>
      )}
      {totals.data && (
        <div className="kpis">
          <div className="card">
            <p className="kpi__label">{t('insurance.insured')}</p>
            <p className="kpi__value" data-testid="insured-persons">
              {totals.data.insuredPersons.toLocaleString(i18n.language)}
            </p>
          </div>
          <div className="card">
            <p className="kpi__label">{t('insurance.premiumDue')}</p>
            <p className="kpi__value">{yuan(totals.data.premiumDue)}</p>
          </div>
          <div className="card">
            <p className="kpi__label">{t('insurance.budget')}</p>
            <p className="kpi__value">{totals.data.budget ? yuan(totals.data.budget) : t('insurance.noBudget')}</p>
          </div>
          <div className="card">
            <p className="kpi__label">{totals.data.overrun && Number(totals.data.overrun) > 0 ? t('insurance.overrun') : t('insurance.remaining')}</p>
            <p className={`kpi__value${totals.data.overrun && Number(totals.data.overrun) > 0 ? ' kpi__value--bad' : ''}`}>
              {totals.data.overrun && Number(totals.data.overrun) > 0 ? yuan(totals.data.overrun) : yuan(totals.data.remaining)}
            </p>
          </div>
        </div>
      )}
      {totals.loading && !totals.data && <p className="muted">{t('common.loading')}</p>}
      {rules.data && (
        <section className="card" aria-labelledby="rules-title">
          <h2 id="rules-title">{t('insurance.rules.title', { year: rules.data.policyYear })}</h2>
          <dl className="facts">
            <dt>{t('insurance.rules.premium')}</dt>
            <dd>{yuan(rules.data.annualPremiumPerPerson)}</dd>
            <dt>{t('insurance.rules.subsidyCap')}</dt>
            <dd>{yuan(rules.data.medicalSubsidyCapPerYear)}</dd>
            <dt>{t('insurance.rules.nursing')}</dt>
            <dd>
              {t('insurance.rules.nursingValue', { amount: yuan(rules.data.nursingAllowancePerInpatientDay), days: rules.data.maxNursingDaysPerYear })}
            </dd>
          </dl>
        </section>
      )}
      {can(caller, 'insurance:budget') && <BudgetForm year={year} onSaved={totals.reload} />}
    </section>
  );
}

function BudgetForm({ year, onSaved }: { year: number; onSaved: () => void }) {
  const { t } = useTranslation();
  const client = useApiClient();
  const { showToast } = useToast();
  const form = useProblemForm(['amount']);
  const [amount, setAmount] = useState('');
  const [invalid, setInvalid] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!isYuan(amount)) {
      setInvalid(true);
      return;
    }
    if (await form.submit(() => setPremiumBudget(client, year, amount.trim()))) {
      showToast(t('insurance.budgetSaved', { year }));
      setAmount('');
      onSaved();
    }
  };

  return (
    <form className="card form filters" noValidate onSubmit={submit}>
      <FormBanner banner={form.banner} />
      <Field id="budget-amount" label={t('insurance.setBudget', { year })} hint={t('insurance.amountHint')} error={invalid ? t('insurance.amountInvalid') : form.errors.amount}>
        {(control) => (
          <input
            {...control}
            inputMode="decimal"
            value={amount}
            onChange={(e) => {
              setAmount(e.target.value);
              setInvalid(false);
              form.clear('amount');
            }}
          />
        )}
      </Field>
      <button type="submit" className="button button--primary" disabled={form.submitting}>
        {t('insurance.saveBudget')}
      </button>
    </form>
  );
}
