import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Banner } from '@/components/ui/banner';
import { Pagination } from '@/components/ui/pagination';
import { problemMessage } from '@/components/ui/problem-message';
import { useApiClient } from '@/lib/api-client';
import { can } from '@/lib/auth';
import { useSession } from '@/lib/session';
import { useAsync } from '@/lib/use-async';
import { searchVolunteers } from '../api/volunteers-api';
import { SKILLS, VOLUNTEER_STATUSES, type Skill, type VolunteerSearch, type VolunteerStatus } from '../types';

const PAGE_SIZE = 20;
const DISTRICTS = ['350203', '350205', '350206', '350211', '350212', '350213'];

/** 志愿者: the three teams' members with their skills, qualifications and dialects, to find the right person. */
export function VolunteerDirectory() {
  const { t } = useTranslation();
  const client = useApiClient();
  const { caller } = useSession();
  const empty: VolunteerSearch = { q: '', districtCode: caller.district ?? '', skill: '', status: 'ACTIVE', page: 0, size: PAGE_SIZE };
  const [draft, setDraft] = useState(empty);
  const [search, setSearch] = useState(empty);
  const result = useAsync(() => searchVolunteers(client, search), [client, search]);
  const page = result.data;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSearch({ ...draft, page: 0 });
  };

  return (
    <section aria-labelledby="volunteers-title">
      <div className="page-header">
        <h1 id="volunteers-title">{t('volunteers.title')}</h1>
        {can(caller, 'tasks:manage') && (
          <div className="page-header__actions">
            <Link to="/volunteers/new" className="button button--primary">
              {t('volunteers.register')}
            </Link>
          </div>
        )}
      </div>
      <form className="filters card" role="search" onSubmit={submit}>
        <div className="field">
          <label htmlFor="v-q" className="field__label">
            {t('volunteers.filters.q')}
          </label>
          <input id="v-q" type="search" maxLength={40} value={draft.q} placeholder={t('volunteers.filters.qPlaceholder')} onChange={(e) => setDraft({ ...draft, q: e.target.value })} />
        </div>
        {!caller.district && (
          <div className="field">
            <label htmlFor="v-district" className="field__label">
              {t('volunteers.filters.district')}
            </label>
            <select id="v-district" value={draft.districtCode} onChange={(e) => setDraft({ ...draft, districtCode: e.target.value })}>
              <option value="">{t('volunteers.filters.allDistricts')}</option>
              {DISTRICTS.map((code) => (
                <option key={code} value={code}>
                  {t(`districts.${code}`)}
                </option>
              ))}
            </select>
          </div>
        )}
        <div className="field">
          <label htmlFor="v-skill" className="field__label">
            {t('volunteers.filters.skill')}
          </label>
          <select id="v-skill" value={draft.skill} onChange={(e) => setDraft({ ...draft, skill: e.target.value as Skill | '' })}>
            <option value="">{t('volunteers.filters.allSkills')}</option>
            {SKILLS.map((s) => (
              <option key={s} value={s}>
                {t(`skills.${s}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="v-status" className="field__label">
            {t('volunteers.filters.status')}
          </label>
          <select id="v-status" value={draft.status} onChange={(e) => setDraft({ ...draft, status: e.target.value as VolunteerStatus | '' })}>
            <option value="">{t('volunteers.filters.allStatuses')}</option>
            {VOLUNTEER_STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`volunteerStatus.${s}`)}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="button button--primary">
          {t('volunteers.filters.search')}
        </button>
      </form>

      {result.error !== undefined && <Banner kind="error">{problemMessage(t, result.error)}</Banner>}
      <div className="card" aria-busy={result.loading}>
        <table className="table">
          <caption className="visually-hidden">{t('volunteers.title')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('volunteers.columns.name')}</th>
              <th scope="col">{t('volunteers.columns.team')}</th>
              <th scope="col">{t('volunteers.columns.district')}</th>
              <th scope="col">{t('volunteers.columns.skills')}</th>
              <th scope="col">{t('volunteers.columns.qualifications')}</th>
              <th scope="col">{t('volunteers.columns.dialects')}</th>
              <th scope="col">{t('volunteers.columns.phone')}</th>
              <th scope="col">{t('volunteers.columns.status')}</th>
            </tr>
          </thead>
          <tbody>
            {page?.items.map((v) => (
              <tr key={v.id}>
                <th scope="row">
                  <Link to={`/volunteers/${v.id}`}>{v.name}</Link>
                </th>
                <td>{t(`volunteerKinds.${v.kind}`)}</td>
                <td>{t(`districts.${v.districtCode}`, { defaultValue: v.districtName })}</td>
                <td>
                  {v.skills.map((s) => (
                    <span key={s} className="tag">
                      {t(`skills.${s}`)}
                    </span>
                  ))}
                </td>
                <td>{v.qualifications.join('、') || '—'}</td>
                <td>{v.dialects.join('、') || '—'}</td>
                <td className="mono">{v.phoneMasked ?? '—'}</td>
                <td>
                  {t(`volunteerStatus.${v.status}`)}
                  {can(caller, 'tasks:manage') && v.status !== 'LEFT' && (
                    <>
                      {' '}
                      <Link to={`/volunteers/${v.id}#volunteer-status`} aria-label={t('volunteers.changeStatusOf', { name: v.name })}>
                        {t('volunteers.changeStatus')}
                      </Link>
                    </>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        {page && page.items.length === 0 && <p className="empty">{t('volunteers.empty')}</p>}
        {result.loading && !page && <p className="muted">{t('common.loading')}</p>}
      </div>
      {page && <Pagination page={page.page} size={page.size} total={page.total} onPage={(p) => setSearch({ ...search, page: p })} statusKey="volunteers.pageStatus" />}
    </section>
  );
}
