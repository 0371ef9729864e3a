import { useTranslation } from 'react-i18next';
import { useApiClient } from '@/lib/api-client';
import { useAsync } from '@/lib/use-async';
import { getFamilyInsurance } from '../../api/families-api';
import { formatIsoDate } from '../../format';
import type { ClaimStatus, InsuredMember } from '../../family-page-types';
import { Section } from './section';

/** Yuan from the API's decimal strings as ¥1,234.50, for display only: sums stay on the server. */
export const formatYuan = (language: string, amount: string) =>
  new Intl.NumberFormat(language, {
    style: 'currency',
    currency: 'CNY',
    currencyDisplay: 'narrowSymbol',
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
  }).format(Number(amount));

const STATUS_ORDER: ClaimStatus[] = ['PENDING_REVIEW', 'AWAITING_SECOND_APPROVAL', 'APPROVED', 'PARTIALLY_APPROVED', 'PAID', 'REJECTED'];

/** 综合医疗保险: whether the family is insured (and why not), each insured member's cover, the year's caps and claims. */
export function InsuranceSection({ familyId }: { familyId: string }) {
  const { t, i18n } = useTranslation();
  const client = useApiClient();
  const insurance = useAsync(() => getFamilyInsurance(client, familyId), [client, familyId]);
  const yuan = (amount: string) => formatYuan(i18n.language, amount);
  const date = (iso: string) => formatIsoDate(i18n.language, iso);

  const who = (member: InsuredMember) => {
    const relation = member.relation ? t(`relations.${member.relation}`) : null;
    if (member.name) return relation ? `${member.name}（${relation}）` : member.name;
    return relation ?? t('familyPage.insurance.unnamed');
  };

  return (
    <Section id="family-insurance" title={t('familyPage.insurance.title')} state={insurance}>
      {(data) => (
        <>
          <p className={data.enrolled ? 'coverage coverage--ok' : 'coverage coverage--missing'} data-testid="insurance-status">
            {data.enrolled ? '✓ ' : '✗ '}
            {data.enrolled
              ? t('familyPage.insurance.enrolled')
              : t('familyPage.insurance.notEnrolled', { reason: t(`familyPage.insurance.reasons.${data.reason ?? 'FAMILY_NOT_KNOWN'}`) })}
          </p>
          {data.members.length > 0 && (
            <>
              <dl className="ratings">
                <div>
                  <dt>{t('familyPage.insurance.approvedTotal', { year: data.policyYear })}</dt>
                  <dd>{yuan(data.approvedTotal)}</dd>
                </div>
                <div>
                  <dt>{t('familyPage.insurance.paidTotal', { year: data.policyYear })}</dt>
                  <dd>{yuan(data.paidTotal)}</dd>
                </div>
              </dl>
              <div className="table-scroll">
                <table className="table">
                  <caption>{t('familyPage.insurance.caption', { year: data.policyYear })}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t('familyPage.insurance.member')}</th>
                      <th scope="col">{t('familyPage.insurance.cover')}</th>
                      <th scope="col">{t('familyPage.insurance.subsidy')}</th>
                      <th scope="col">{t('familyPage.insurance.nursingDays')}</th>
                      <th scope="col">{t('familyPage.insurance.claims')}</th>
                      <th scope="col">{t('familyPage.insurance.approved')}</th>
                      <th scope="col">{t('familyPage.insurance.paid')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {data.members.map((member) => (
                      <tr key={member.personId}>
                        <th scope="row">{who(member)}</th>
                        <td>
                          {member.coveredUntil
                            ? t('familyPage.insurance.coveredBetween', { from: date(member.coveredFrom), until: date(member.coveredUntil) })
                            : t('familyPage.insurance.coveredSince', { from: date(member.coveredFrom) })}
                          {!member.insuredThisYear && (
                            <span className="tag">{t('familyPage.insurance.notThisYear', { year: data.policyYear })}</span>
                          )}
                        </td>
                        <td>
                          {t('familyPage.insurance.usedOf', { used: yuan(member.subsidyUsed), cap: yuan(member.subsidyCap) })}
                          <span className="muted"> · {t('familyPage.insurance.left', { left: yuan(member.subsidyLeft) })}</span>
                        </td>
                        <td>
                          {t('familyPage.insurance.daysOf', { used: member.nursingDaysUsed, max: member.nursingDaysMax })}
                        </td>
                        <td>
                          {member.claims.count === 0
                            ? t('familyPage.insurance.noClaims')
                            : STATUS_ORDER.filter((s) => member.claims.byStatus[s])
                                .map((s) => t('familyPage.insurance.statusCount', { status: t(`claimStatus.${s}`), count: member.claims.byStatus[s] }))
                                .join(' · ')}
                        </td>
                        <td>{yuan(member.claims.approved)}</td>
                        <td>{yuan(member.claims.paid)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            </>
          )}
        </>
      )}
    </Section>
  );
}
