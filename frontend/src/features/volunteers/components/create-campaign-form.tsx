import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { Banner } from '@/components/ui/banner';
import { Field } from '@/components/ui/field';
import { FormBanner } from '@/components/ui/form-banner';
import { problemMessage } from '@/components/ui/problem-message';
import { useToast } from '@/components/ui/toast';
import { useProblemForm } from '@/components/ui/use-problem-form';
import { ApiProblem, useApiClient, type ApiClient } from '@/lib/api-client';
import { useSession } from '@/lib/session';
import { createCampaign, findFamilies, findOverdueFamilies, type FamilyFilter } from '../api/volunteers-api';
import { DISTRICTS } from '../districts';
import { CALL_PURPOSES, FAMILY_CATEGORIES, RISK_LEVELS, type Campaign, type CallPurpose, type CreateCampaignRequest, type FamilyChoice, type Page } from '../types';

const FIELDS = ['name', 'purpose', 'districtCode', 'familyIds', 'redeliveryDelay', 'maxAttempts'];
/** The service takes at most this many families in one list. */
const MAX_FAMILIES = 5000;
const PAGE_SIZE = 50;
/** Pages read for "select every match"; family-service pages hold at most 100. */
const BULK_SIZE = 100;
const DELAYS = ['PT30M', 'PT1H', 'PT2H', 'PT4H', 'PT24H'] as const;

type Source = 'families' | 'overdue';

interface Search {
  source: Source;
  category: string;
  risk: string;
  q: string;
  livingAlone: boolean;
}

const EMPTY_SEARCH: Search = { source: 'families', category: '', risk: '', q: '', livingAlone: false };

/** One page of choices from the chosen source; living alone is a member count of one (family-service has no filter for it). */
async function findPage(client: ApiClient, districtCode: string, search: Search, page: number, size: number): Promise<Page<FamilyChoice>> {
  if (search.source === 'overdue') {
    const found = await findOverdueFamilies(client, districtCode, page, size);
    return { ...found, items: found.items.filter((f) => !search.risk || f.riskLevel === search.risk) };
  }
  const filter: FamilyFilter = { districtCode, category: search.category, risk: search.risk, q: search.q };
  const found = await findFamilies(client, filter, page, size);
  return {
    ...found,
    items: found.items.filter((f) => (f.status ?? 'ACTIVE') === 'ACTIVE' && (!search.livingAlone || f.memberCount === 1)),
  };
}

/**
 * 新建电话活动: a call list of families, picked by filters from the family list or the overdue-contacts worklist
 * and/or one by one, for the volunteers to work through on their phones at /m/calls/<id>.
 */
export function CreateCampaignForm() {
  const { t } = useTranslation();
  const client = useApiClient();
  const navigate = useNavigate();
  const { caller } = useSession();
  const { showToast } = useToast();
  const form = useProblemForm(FIELDS);
  const [name, setName] = useState('');
  const [purpose, setPurpose] = useState<CallPurpose | ''>('WELFARE_CHECK');
  const [districtCode, setDistrictCode] = useState(caller.district ?? '');
  const [redeliveryDelay, setRedeliveryDelay] = useState('');
  const [maxAttempts, setMaxAttempts] = useState('');
  const [draftSearch, setDraftSearch] = useState<Search>(EMPTY_SEARCH);
  const [search, setSearch] = useState<Search>();
  const [page, setPage] = useState<Page<FamilyChoice>>();
  const [searching, setSearching] = useState(false);
  const [searchError, setSearchError] = useState<unknown>();
  const [selected, setSelected] = useState<Map<string, FamilyChoice>>(new Map());
  const [local, setLocal] = useState<Record<string, string>>({});
  const errorFor = (f: string) => local[f] || form.errors[f];
  const touched = (f: string) => {
    form.clear(f);
    setLocal((l) => ({ ...l, [f]: '' }));
  };

  const load = async (next: Search, pageNo: number) => {
    setSearching(true);
    setSearchError(undefined);
    try {
      setPage(await findPage(client, districtCode, next, pageNo, PAGE_SIZE));
      setSearch(next);
    } catch (error) {
      setSearchError(error);
    } finally {
      setSearching(false);
    }
  };

  const select = (families: FamilyChoice[], on: boolean) => {
    setSelected((current) => {
      const next = new Map(current);
      families.forEach((f) => {
        if (!on) next.delete(f.id);
        else if (next.size < MAX_FAMILIES) next.set(f.id, f);
      });
      return next;
    });
    touched('familyIds');
  };

  /** Every family matching the search, page by page, up to the service's limit. */
  const selectAllMatching = async () => {
    if (!search) return;
    setSearching(true);
    setSearchError(undefined);
    try {
      const all: FamilyChoice[] = [];
      for (let p = 0; ; p++) {
        const found = await findPage(client, districtCode, search, p, BULK_SIZE);
        all.push(...found.items);
        if ((p + 1) * BULK_SIZE >= found.total || all.length >= MAX_FAMILIES) break;
      }
      select(all.slice(0, MAX_FAMILIES), true);
    } catch (error) {
      setSearchError(error);
    } finally {
      setSearching(false);
    }
  };

  const changeDistrict = (code: string) => {
    // Families of another district would be refused: the list starts again.
    setDistrictCode(code);
    setSelected(new Map());
    setPage(undefined);
    setSearch(undefined);
    touched('districtCode');
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const errors: Record<string, string> = {};
    if (!name.trim()) errors.name = t('campaignForm.errors.name');
    if (!purpose) errors.purpose = t('campaignForm.errors.purpose');
    if (selected.size === 0) errors.familyIds = t('campaignForm.errors.families');
    if (maxAttempts.trim() && !/^(10|[1-9])$/.test(maxAttempts.trim())) errors.maxAttempts = t('campaignForm.errors.maxAttempts');
    setLocal(errors);
    if (Object.keys(errors).length > 0) return;
    const families = [...selected.values()];
    const request: CreateCampaignRequest = {
      name: name.trim(),
      purpose: purpose as CallPurpose,
      ...(districtCode ? { districtCode } : {}),
      familyIds: families.map((f) => f.id),
      ...(redeliveryDelay ? { redeliveryDelay } : {}),
      ...(maxAttempts.trim() ? { maxAttempts: Number(maxAttempts.trim()) } : {}),
    };
    let created: Campaign | undefined;
    const ok = await form.submit(async () => {
      try {
        created = await createCampaign(client, request);
      } catch (error) {
        throw namingFamilies(error, families, t('campaignForm.familyLabel'));
      }
    });
    if (ok) {
      showToast(t('campaignForm.created', { name: created!.name, count: created!.progress.total }));
      navigate('/campaigns');
    }
  };

  const rows = page?.items ?? [];
  const allOnPage = rows.length > 0 && rows.every((f) => selected.has(f.id));

  return (
    <section aria-labelledby="new-campaign-title">
      <h1 id="new-campaign-title">{t('campaignForm.title')}</h1>
      <p className="muted">{t('campaignForm.intro')}</p>
      <FormBanner banner={form.banner} />
      <form className="form card" noValidate onSubmit={submit}>
        <div className="form__row">
          <Field id="campaign-name" label={t('campaignForm.name')} error={errorFor('name')} required>
            {(control) => (
              <input
                {...control}
                maxLength={60}
                placeholder={t('campaignForm.namePlaceholder')}
                value={name}
                onChange={(e) => {
                  setName(e.target.value);
                  touched('name');
                }}
              />
            )}
          </Field>
          <Field id="campaign-purpose" label={t('campaignForm.purpose')} error={errorFor('purpose')} required>
            {(control) => (
              <select
                {...control}
                value={purpose}
                onChange={(e) => {
                  setPurpose(e.target.value as CallPurpose);
                  touched('purpose');
                }}
              >
                {CALL_PURPOSES.map((p) => (
                  <option key={p} value={p}>
                    {t(`callPurposes.${p}`)}
                  </option>
                ))}
              </select>
            )}
          </Field>
        </div>
        <div className="form__row form__row--3">
          <Field id="campaign-district" label={t('campaignForm.district')} hint={t('campaignForm.districtHint')} error={errorFor('districtCode')}>
            {(control) => (
              <select {...control} value={districtCode} disabled={!!caller.district} onChange={(e) => changeDistrict(e.target.value)}>
                <option value="">{t('campaignForm.wholeCity')}</option>
                {DISTRICTS.map((code) => (
                  <option key={code} value={code}>
                    {t(`districts.${code}`)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field id="campaign-delay" label={t('campaignForm.redeliveryDelay')} hint={t('campaignForm.redeliveryDelayHint')} error={errorFor('redeliveryDelay')}>
            {(control) => (
              <select
                {...control}
                value={redeliveryDelay}
                onChange={(e) => {
                  setRedeliveryDelay(e.target.value);
                  touched('redeliveryDelay');
                }}
              >
                <option value="">{t('campaignForm.serviceDefault')}</option>
                {DELAYS.map((d) => (
                  <option key={d} value={d}>
                    {t(`campaignForm.delays.${d}`)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field id="campaign-attempts" label={t('campaignForm.maxAttempts')} hint={t('campaignForm.maxAttemptsHint')} error={errorFor('maxAttempts')}>
            {(control) => (
              <input
                {...control}
                type="number"
                inputMode="numeric"
                min={1}
                max={10}
                value={maxAttempts}
                onChange={(e) => {
                  setMaxAttempts(e.target.value);
                  touched('maxAttempts');
                }}
              />
            )}
          </Field>
        </div>

        <fieldset className={`choice${errorFor('familyIds') ? ' field--invalid' : ''}`} aria-describedby="campaign-families-status">
          <legend>
            {t('campaignForm.families')}
            <span className="field__required" aria-hidden="true">
              {' *'}
            </span>
          </legend>
          <div className="filters" role="group" aria-label={t('campaignForm.findFamilies')}>
            <div className="field">
              <label htmlFor="campaign-source" className="field__label">
                {t('campaignForm.source')}
              </label>
              <select id="campaign-source" value={draftSearch.source} onChange={(e) => setDraftSearch({ ...draftSearch, source: e.target.value as Source })}>
                <option value="families">{t('campaignForm.sources.families')}</option>
                <option value="overdue">{t('campaignForm.sources.overdue')}</option>
              </select>
            </div>
            {draftSearch.source === 'families' && (
              <>
                <div className="field">
                  <label htmlFor="campaign-category" className="field__label">
                    {t('campaignForm.category')}
                  </label>
                  <select id="campaign-category" value={draftSearch.category} onChange={(e) => setDraftSearch({ ...draftSearch, category: e.target.value })}>
                    <option value="">{t('campaignForm.any')}</option>
                    {FAMILY_CATEGORIES.map((c) => (
                      <option key={c} value={c}>
                        {t(`categories.${c}`)}
                      </option>
                    ))}
                  </select>
                </div>
                <div className="field">
                  <label htmlFor="campaign-q" className="field__label">
                    {t('campaignForm.q')}
                  </label>
                  <input
                    id="campaign-q"
                    type="search"
                    maxLength={40}
                    value={draftSearch.q}
                    onChange={(e) => setDraftSearch({ ...draftSearch, q: e.target.value })}
                    onKeyDown={(e) => {
                      // Enter here searches; it must not create the campaign.
                      if (e.key === 'Enter') {
                        e.preventDefault();
                        void load(draftSearch, 0);
                      }
                    }}
                  />
                </div>
              </>
            )}
            <div className="field">
              <label htmlFor="campaign-risk" className="field__label">
                {t('campaignForm.risk')}
              </label>
              <select id="campaign-risk" value={draftSearch.risk} onChange={(e) => setDraftSearch({ ...draftSearch, risk: e.target.value })}>
                <option value="">{t('campaignForm.any')}</option>
                {RISK_LEVELS.map((r) => (
                  <option key={r} value={r}>
                    {t(`risk.${r}`)}
                  </option>
                ))}
              </select>
            </div>
            {draftSearch.source === 'families' && (
              <label className="checkbox">
                <input type="checkbox" checked={draftSearch.livingAlone} onChange={(e) => setDraftSearch({ ...draftSearch, livingAlone: e.target.checked })} />
                {t('campaignForm.livingAlone')}
              </label>
            )}
            <button type="button" className="button button--secondary" disabled={searching} onClick={() => void load(draftSearch, 0)}>
              {t('campaignForm.find')}
            </button>
          </div>
          {searchError !== undefined && <Banner kind="error">{problemMessage(t, searchError)}</Banner>}
          {page && (
            <>
              <div className="form__actions">
                <button type="button" className="button button--secondary" disabled={searching || rows.length === 0} onClick={() => select(rows, !allOnPage)}>
                  {allOnPage ? t('campaignForm.unselectPage') : t('campaignForm.selectPage', { count: rows.length })}
                </button>
                <button type="button" className="button button--secondary" disabled={searching || page.total === 0} onClick={() => void selectAllMatching()}>
                  {t('campaignForm.selectAll', { count: page.total })}
                </button>
              </div>
              {search?.source === 'families' && search.livingAlone && <p className="muted">{t('campaignForm.livingAloneNote')}</p>}
              {search?.source === 'overdue' && search.risk && <p className="muted">{t('campaignForm.overdueRiskNote')}</p>}
              <table className="table table--compact">
                <caption className="visually-hidden">{t('campaignForm.results')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('campaignForm.columns.pick')}</th>
                    <th scope="col">{t('campaignForm.columns.head')}</th>
                    <th scope="col">{t('campaignForm.columns.where')}</th>
                    <th scope="col">{t('campaignForm.columns.risk')}</th>
                  </tr>
                </thead>
                <tbody>
                  {rows.map((f) => (
                    <tr key={f.id}>
                      <td>
                        <input
                          type="checkbox"
                          className="row-check"
                          aria-label={t('campaignForm.pick', { name: f.headName ?? f.id })}
                          checked={selected.has(f.id)}
                          onChange={(e) => select([f], e.target.checked)}
                        />
                      </td>
                      <th scope="row">
                        {f.headName ?? '—'}{' '}
                        {f.category && <span className={`tag tag--${f.category.toLowerCase()}`}>{t(`categories.${f.category}`)}</span>}
                        {f.overdue && <span className="tag tag--overdue">{t('campaignForm.overdue')}</span>}
                      </th>
                      <td>
                        {t(`districts.${f.districtCode}`)} {f.street} {f.community}
                      </td>
                      <td>
                        <span className={`tag tag--risk-${f.riskLevel.toLowerCase()}`}>{t(`risk.${f.riskLevel}`)}</span>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
              {rows.length === 0 && <p className="empty">{t('campaignForm.noneFound')}</p>}
              {page.total > PAGE_SIZE && (
                <nav className="pagination" aria-label={t('families.pagination.label')}>
                  <button type="button" className="button button--secondary" disabled={searching || page.page <= 0} onClick={() => search && void load(search, page.page - 1)}>
                    {t('families.pagination.previous')}
                  </button>
                  <span>{t('campaignForm.pageStatus', { page: page.page + 1, pages: Math.ceil(page.total / PAGE_SIZE), total: page.total })}</span>
                  <button
                    type="button"
                    className="button button--secondary"
                    disabled={searching || (page.page + 1) * PAGE_SIZE >= page.total}
                    onClick={() => search && void load(search, page.page + 1)}
                  >
                    {t('families.pagination.next')}
                  </button>
                </nav>
              )}
            </>
          )}
          <p id="campaign-families-status" aria-live="polite">
            <strong>{t('campaignForm.selected', { count: selected.size })}</strong>{' '}
            {selected.size > 0 && (
              <button type="button" className="button button--ghost" onClick={() => select([...selected.values()], false)}>
                {t('campaignForm.clear')}
              </button>
            )}
          </p>
          {errorFor('familyIds') && (
            <p className="field__error" data-field-error="campaign-families">
              {errorFor('familyIds')}
            </p>
          )}
        </fieldset>

        <div className="form__actions">
          <span className="spacer" />
          <button type="button" className="button button--ghost" onClick={() => navigate('/campaigns')}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="button button--primary" disabled={form.submitting}>
            {t('campaignForm.submit')}
          </button>
        </div>
      </form>
    </section>
  );
}

/** `familyIds[3]` is the fourth family sent: its violation goes to the family list, saying which family it is. */
function namingFamilies(error: unknown, families: FamilyChoice[], label: string): unknown {
  if (!(error instanceof ApiProblem) || error.violations.length === 0) return error;
  return new ApiProblem({
    ...error.problem,
    violations: error.violations.map((v) => {
      const index = /^familyIds\[(\d+)\]/.exec(v.field);
      if (!index) return v;
      const family = families[Number(index[1])];
      return { field: 'familyIds', message: family ? `${family.headName ?? label}（${family.street} ${family.community}）：${v.message}` : v.message };
    }),
  });
}
