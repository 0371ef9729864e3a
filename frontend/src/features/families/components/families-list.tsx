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
import { searchFamilies } from '../api/families-api';
import { useAreas } from '../api/use-areas';
import { CATEGORIES, RISK_LEVELS, type Category, type FamilySearch, type RiskLevel } from '../types';

export const PAGE_SIZE = 20;

/** 家庭: search and browse the families of the caller's area; identifiers come masked from the server. */
export function FamiliesList() {
  const { t, i18n } = useTranslation();
  const client = useApiClient();
  const { caller } = useSession();
  const areas = useAreas(caller.district);
  const [draft, setDraft] = useState({ q: '', districtCode: '', category: '' as Category | '', risk: '' as RiskLevel | '' });
  const [search, setSearch] = useState<FamilySearch>({ q: '', districtCode: '', category: '', risk: '', page: 0, size: PAGE_SIZE });
  const result = useAsync(() => searchFamilies(client, search), [client, search]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSearch({ ...draft, page: 0, size: PAGE_SIZE });
  };
  const page = result.data;
  const dateFormat = new Intl.DateTimeFormat(i18n.language, { year: 'numeric', month: '2-digit', day: '2-digit' });

  return (
    <section aria-labelledby="families-title">
      <div className="page-header">
        <h1 id="families-title">{t('families.title')}</h1>
        {can(caller, 'families:register') && (
          <Link to="/families/new" className="button button--primary">
            {t('families.register')}
          </Link>
        )}
      </div>

      <form className="filters card" role="search" onSubmit={submit}>
        <div className="field">
          <label htmlFor="filter-q" className="field__label">
            {t('families.filters.q')}
          </label>
          <input
            id="filter-q"
            type="search"
            value={draft.q}
            maxLength={40}
            placeholder={t('families.filters.qPlaceholder')}
            onChange={(e) => setDraft({ ...draft, q: e.target.value })}
          />
        </div>
        <div className="field">
          <label htmlFor="filter-district" className="field__label">
            {t('families.fields.district')}
          </label>
          <select
            id="filter-district"
            value={draft.districtCode}
            onChange={(e) => setDraft({ ...draft, districtCode: e.target.value })}
          >
            <option value="">{t('families.filters.allDistricts')}</option>
            {areas.data?.map((area) => (
              <option key={area.code} value={area.code}>
                {t(`districts.${area.code}`, { defaultValue: area.name })}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="filter-category" className="field__label">
            {t('families.fields.category')}
          </label>
          <select
            id="filter-category"
            value={draft.category}
            onChange={(e) => setDraft({ ...draft, category: e.target.value as Category | '' })}
          >
            <option value="">{t('families.filters.allCategories')}</option>
            {CATEGORIES.map((category) => (
              <option key={category} value={category}>
                {t(`categories.${category}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="filter-risk" className="field__label">
            {t('families.filters.risk')}
          </label>
          <select id="filter-risk" value={draft.risk} onChange={(e) => setDraft({ ...draft, risk: e.target.value as RiskLevel | '' })}>
            <option value="">{t('families.filters.allRisks')}</option>
            {RISK_LEVELS.map((risk) => (
              <option key={risk} value={risk}>
                {t(`risk.${risk}`)}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="button button--primary">
          {t('families.filters.search')}
        </button>
      </form>

      {result.error !== undefined && <Banner kind="error">{problemMessage(t, result.error)}</Banner>}

      <div className="card" aria-busy={result.loading}>
        <table className="table" data-testid="families-table">
          <caption className="visually-hidden">{t('families.tableCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('families.columns.head')}</th>
              <th scope="col">{t('families.fields.category')}</th>
              <th scope="col">{t('families.columns.area')}</th>
              <th scope="col">{t('families.columns.idNumber')}</th>
              <th scope="col">{t('families.columns.phone')}</th>
              <th scope="col" className="num">
                {t('families.columns.members')}
              </th>
              <th scope="col">{t('families.columns.registeredAt')}</th>
            </tr>
          </thead>
          <tbody>
            {page?.items.map((family) => (
              <tr key={family.id}>
                <th scope="row">
                  <Link to={`/families/${family.id}`}>{family.headName}</Link>
                </th>
                <td>
                  <span className={`tag tag--${family.category.toLowerCase()}`}>{t(`categories.${family.category}`)}</span>
                </td>
                <td>
                  {t(`districts.${family.districtCode}`, { defaultValue: family.districtName })} · {family.street} ·{' '}
                  {family.community}
                </td>
                <td className="mono">{family.headIdNumberMasked}</td>
                <td className="mono">{family.headPhoneMasked ?? '—'}</td>
                <td className="num">{family.memberCount}</td>
                <td>{dateFormat.format(new Date(family.registeredAt))}</td>
              </tr>
            ))}
          </tbody>
        </table>
        {page && page.items.length === 0 && <p className="empty">{t('families.empty')}</p>}
        {result.loading && !page && <p className="muted">{t('common.loading')}</p>}
      </div>

      {page && (
        <Pagination
          page={page.page}
          size={page.size}
          total={page.total}
          onPage={(next) => setSearch({ ...search, page: next })}
        />
      )}
    </section>
  );
}
