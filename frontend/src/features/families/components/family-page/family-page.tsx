import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { Banner } from '@/components/ui/banner';
import { problemMessage } from '@/components/ui/problem-message';
import { ApiProblem, useApiClient } from '@/lib/api-client';
import { can } from '@/lib/auth';
import { useSession } from '@/lib/session';
import { useAsync } from '@/lib/use-async';
import { getFamily } from '../../api/families-api';
import { dateFormat } from '../../format';
import { CloseFamilyForm } from './close-family-form';
import { ContactsSection } from './contacts-section';
import { EditFamilyForm } from './edit-family-form';
import { GuardiansSection } from './guardians-section';
import { InsuranceSection } from './insurance-section';
import { LiaisonsSection } from './liaisons-section';
import { MembersSection } from './members-section';
import { NeedsSection } from './needs-section';
import { SitesSection } from './sites-section';
import { SupportPlanSection } from './support-plan-section';

const PARTS = ['members', 'needs', 'plan', 'liaisons', 'contacts', 'guardians', 'insurance', 'sites'] as const;

/** 家庭档案: everything the association knows and does for one family, each part editable in place. */
export function FamilyPage() {
  const { t, i18n } = useTranslation();
  const { familyId = '' } = useParams();
  const client = useApiClient();
  const { caller } = useSession();
  const family = useAsync(() => getFamily(client, familyId), [client, familyId]);
  const [editing, setEditing] = useState(false);
  const [closing, setClosing] = useState(false);
  const data = family.data;

  if (family.error !== undefined && !data) {
    const missing = family.error instanceof ApiProblem && family.error.status === 404;
    return (
      <section>
        <h1>{missing ? t('familyPage.notFoundTitle') : t('familyPage.title')}</h1>
        <Banner kind="error">{missing ? t('familyPage.notFound') : problemMessage(t, family.error)}</Banner>
        <Link to="/families">{t('familyPage.backToList')}</Link>
      </section>
    );
  }
  if (!data) {
    return <p className="muted">{t('common.loading')}</p>;
  }
  const head = data.members[0];
  const editable = can(caller, 'families:edit') && data.status === 'ACTIVE';

  return (
    <article aria-labelledby="family-title" className="family-page">
      <Link to="/families" className="back-link">
        {t('familyPage.backToList')}
      </Link>
      <div className="page-header">
        <h1 id="family-title">
          {t('familyPage.heading', { name: head?.name ?? '—' })}
          <span className={`tag tag--${data.category.toLowerCase()}`}>{t(`categories.${data.category}`)}</span>
          <span className={`tag tag--risk-${data.riskLevel.toLowerCase()}`}>{t(`risk.${data.riskLevel}`)}</span>
        </h1>
        <div className="page-header__actions">
          {can(caller, 'tasks:manage') && data.status === 'ACTIVE' && (
            <Link to={`/tasks/new?familyId=${data.id}`} className="button button--primary">
              {t('familyPage.newTask')}
            </Link>
          )}
          {editable && !editing && (
            <button type="button" className="button button--secondary" onClick={() => setEditing(true)}>
              {t('familyPage.edit')}
            </button>
          )}
          {editable && !closing && (
            <button type="button" className="button button--ghost" onClick={() => setClosing(true)}>
              {t('familyPage.closure.title')}
            </button>
          )}
        </div>
      </div>
      {data.status !== 'ACTIVE' && (
        <Banner kind="info">
          {t('familyPage.closed', {
            status: t(`familyStatus.${data.status}`),
            reason: data.closureReason ?? '—',
          })}
        </Banner>
      )}
      {closing && (
        <CloseFamilyForm
          familyId={data.id}
          onDone={(closed) => {
            setClosing(false);
            if (closed) family.reload();
          }}
        />
      )}
      {editing ? (
        <EditFamilyForm
          family={data}
          onDone={(saved) => {
            setEditing(false);
            if (saved) family.reload();
          }}
        />
      ) : (
        <p className="family-page__address">
          {t(`districts.${data.districtCode}`, { defaultValue: data.districtName })} · {data.street} · {data.community} ·{' '}
          {data.address}
          <span className="muted">
            {' '}
            · {t('familyPage.registeredOn', { date: dateFormat(i18n.language).format(new Date(data.registeredAt)) })}
          </span>
        </p>
      )}

      <nav className="family-page__parts" aria-label={t('familyPage.parts')}>
        {PARTS.map((part) => (
          <a key={part} href={`#family-${part}`}>
            {t(`familyPage.${part}.title`)}
          </a>
        ))}
      </nav>

      <div className="family-page__grid">
        <MembersSection family={data} />
        <NeedsSection familyId={data.id} editable={editable} onAssessed={family.reload} />
        <SupportPlanSection familyId={data.id} editable={editable} />
        <LiaisonsSection familyId={data.id} editable={editable} />
        <ContactsSection familyId={data.id} editable={editable} />
        <GuardiansSection familyId={data.id} editable={editable} />
        {can(caller, 'insurance:view') && <InsuranceSection familyId={data.id} />}
        {can(caller, 'sites:view') && <SitesSection familyId={data.id} />}
      </div>
    </article>
  );
}
