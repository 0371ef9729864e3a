import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { Banner } from '@/components/ui/banner';
import { Field } from '@/components/ui/field';
import { problemMessage } from '@/components/ui/problem-message';
import { useToast } from '@/components/ui/toast';
import { ApiProblem, useApiClient } from '@/lib/api-client';
import { useSession } from '@/lib/session';
import { registerFamily } from '../api/families-api';
import { useAreas } from '../api/use-areas';
import { CATEGORIES, RELATIONS, type Category, type Relation, type RegisterFamilyRequest } from '../types';
import { LIMITS, validateFamilyDraft, type FamilyDraft, type MemberDraft } from '../validation';

const emptyMember = (): MemberDraft => ({ name: '', relation: '', idNumber: '', phone: '', livingAlone: false });

/** `members[0].idNumber` → `members-0-idNumber`: a valid, stable element id for a server field path. */
export const fieldId = (path: string) => `field-${path.replace(/[[\].]+/g, '-').replace(/-$/, '')}`;

function toRequest(draft: FamilyDraft): RegisterFamilyRequest {
  return {
    category: draft.category as Category,
    districtCode: draft.districtCode,
    street: draft.street,
    community: draft.community.trim(),
    address: draft.address.trim(),
    members: draft.members.map((m) => ({
      name: m.name.trim(),
      relation: m.relation as Relation,
      idNumber: m.idNumber.trim().toUpperCase(),
      phone: m.phone.trim() || undefined,
      livingAlone: m.livingAlone,
    })),
  };
}

/** The paths this form has a control for; a violation on any other path goes to the banner. */
function knownFields(draft: FamilyDraft): Set<string> {
  const fields = ['category', 'districtCode', 'street', 'community', 'address', 'members'];
  draft.members.forEach((_, i) =>
    ['name', 'relation', 'idNumber', 'phone'].forEach((f) => fields.push(`members[${i}].${f}`)),
  );
  return new Set(fields);
}

/** 登记家庭: checks what it can before sending, and shows the server's verdict next to the field it names. */
export function RegisterFamilyForm() {
  const { t } = useTranslation();
  const client = useApiClient();
  const { caller } = useSession();
  const { showToast } = useToast();
  const navigate = useNavigate();
  const areas = useAreas(caller.district);

  const [draft, setDraft] = useState<FamilyDraft>({
    category: '',
    districtCode: caller.district ?? '',
    street: '',
    community: '',
    address: '',
    members: [emptyMember()],
  });
  const [attempted, setAttempted] = useState(false);
  const [serverErrors, setServerErrors] = useState<Record<string, string>>({});
  const [banner, setBanner] = useState<{ message: string; details: string[] } | undefined>();
  const [submitting, setSubmitting] = useState(false);
  const [focusPath, setFocusPath] = useState<string | undefined>();
  const formRef = useRef<HTMLFormElement>(null);

  const clientErrors = attempted ? validateFamilyDraft(draft) : {};
  const errorFor = (path: string): string | undefined =>
    serverErrors[path] ?? (clientErrors[path] ? t(clientErrors[path]) : undefined);

  useEffect(() => {
    if (focusPath) {
      formRef.current?.querySelector<HTMLElement>(`#${CSS.escape(fieldId(focusPath))}`)?.focus();
      setFocusPath(undefined);
    }
  }, [focusPath]);

  const update = (changes: Partial<FamilyDraft>, ...paths: string[]) => {
    setDraft((d) => ({ ...d, ...changes }));
    clearServerErrors(paths);
  };
  const updateMember = (index: number, changes: Partial<MemberDraft>) => {
    setDraft((d) => ({ ...d, members: d.members.map((m, i) => (i === index ? { ...m, ...changes } : m)) }));
    clearServerErrors(Object.keys(changes).map((key) => `members[${index}].${key}`));
  };
  const clearServerErrors = (paths: string[]) =>
    setServerErrors((errors) => {
      const rest = { ...errors };
      paths.forEach((p) => delete rest[p]);
      return rest;
    });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setAttempted(true);
    setBanner(undefined);
    setServerErrors({});
    const errors = validateFamilyDraft(draft);
    const firstInvalid = Object.keys(errors)[0];
    if (firstInvalid) {
      setBanner({ message: t('families.form.fixErrors', { count: Object.keys(errors).length }), details: [] });
      setFocusPath(firstInvalid === 'members' ? 'members[0].name' : firstInvalid);
      return;
    }
    setSubmitting(true);
    try {
      await registerFamily(client, toRequest(draft));
      showToast(t('families.form.registered', { name: draft.members[0].name.trim() }));
      navigate('/families');
    } catch (error) {
      setSubmitting(false);
      if (error instanceof ApiProblem && error.violations.length > 0) {
        const known = knownFields(draft);
        const inline: Record<string, string> = {};
        const elsewhere: string[] = [];
        error.violations.forEach((v) => {
          if (known.has(v.field) && !inline[v.field]) inline[v.field] = v.message;
          else elsewhere.push(v.message);
        });
        setServerErrors(inline);
        setBanner({ message: problemMessage(t, error), details: elsewhere });
        const first = Object.keys(inline)[0];
        if (first) setFocusPath(first);
      } else {
        setBanner({ message: problemMessage(t, error), details: [] });
      }
    }
  };

  const area = areas.data?.find((a) => a.code === draft.districtCode);
  const field = (path: string) => ({ id: fieldId(path), error: errorFor(path) });

  return (
    <section aria-labelledby="register-title">
      <h1 id="register-title">{t('families.form.title')}</h1>
      <p className="muted">{t('families.form.privacy')}</p>

      {banner && (
        <Banner kind="error">
          <p>{banner.message}</p>
          {banner.details.length > 0 && (
            <ul>
              {banner.details.map((d) => (
                <li key={d}>{d}</li>
              ))}
            </ul>
          )}
        </Banner>
      )}
      {areas.error !== undefined && <Banner kind="error">{problemMessage(t, areas.error)}</Banner>}

      <form ref={formRef} className="form" noValidate onSubmit={submit}>
        <fieldset className="card">
          <legend>{t('families.form.household')}</legend>
          <Field {...field('category')} label={t('families.fields.category')} required>
            {(control) => (
              <select
                {...control}
                value={draft.category}
                onChange={(e) => update({ category: e.target.value as Category | '' }, 'category')}
              >
                <option value="">{t('common.choose')}</option>
                {CATEGORIES.map((c) => (
                  <option key={c} value={c}>
                    {t(`categories.${c}`)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <div className="form__row">
            <Field {...field('districtCode')} label={t('families.fields.district')} required>
              {(control) => (
                <select
                  {...control}
                  value={draft.districtCode}
                  onChange={(e) => update({ districtCode: e.target.value, street: '' }, 'districtCode', 'street')}
                >
                  {!caller.district && <option value="">{t('common.choose')}</option>}
                  {areas.data?.map((a) => (
                    <option key={a.code} value={a.code}>
                      {t(`districts.${a.code}`, { defaultValue: a.name })}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            <Field {...field('street')} label={t('families.fields.street')} required>
              {(control) => (
                <select
                  {...control}
                  value={draft.street}
                  disabled={!area}
                  onChange={(e) => update({ street: e.target.value }, 'street')}
                >
                  <option value="">{area ? t('common.choose') : t('families.form.chooseDistrictFirst')}</option>
                  {area?.streets.map((s) => (
                    <option key={s} value={s}>
                      {s}
                    </option>
                  ))}
                </select>
              )}
            </Field>
          </div>
          <div className="form__row">
            <Field {...field('community')} label={t('families.fields.community')} required>
              {(control) => (
                <input
                  {...control}
                  value={draft.community}
                  maxLength={LIMITS.community}
                  onChange={(e) => update({ community: e.target.value }, 'community')}
                />
              )}
            </Field>
            <Field {...field('address')} label={t('families.fields.address')} required>
              {(control) => (
                <input
                  {...control}
                  value={draft.address}
                  maxLength={LIMITS.address}
                  autoComplete="off"
                  onChange={(e) => update({ address: e.target.value }, 'address')}
                />
              )}
            </Field>
          </div>
        </fieldset>

        {errorFor('members') && (
          <p className="field__error" id={fieldId('members')}>
            {errorFor('members')}
          </p>
        )}
        {draft.members.map((member, index) => (
          <MemberFields
            key={index}
            index={index}
            member={member}
            errorFor={errorFor}
            canRemove={draft.members.length > 1}
            onChange={(changes) => updateMember(index, changes)}
            onRemove={() => setDraft((d) => ({ ...d, members: d.members.filter((_, i) => i !== index) }))}
          />
        ))}

        <div className="form__actions">
          <button
            type="button"
            className="button button--secondary"
            disabled={draft.members.length >= LIMITS.members}
            onClick={() => setDraft((d) => ({ ...d, members: [...d.members, emptyMember()] }))}
          >
            {t('families.form.addMember')}
          </button>
          <span className="spacer" />
          <button type="button" className="button button--ghost" onClick={() => navigate('/families')}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="button button--primary" disabled={submitting}>
            {submitting ? t('families.form.submitting') : t('families.form.submit')}
          </button>
        </div>
      </form>
    </section>
  );
}

interface MemberFieldsProps {
  index: number;
  member: MemberDraft;
  errorFor: (path: string) => string | undefined;
  canRemove: boolean;
  onChange: (changes: Partial<MemberDraft>) => void;
  onRemove: () => void;
}

function MemberFields({ index, member, errorFor, canRemove, onChange, onRemove }: MemberFieldsProps) {
  const { t } = useTranslation();
  const path = (name: string) => `members[${index}].${name}`;
  const field = (name: string) => ({ id: fieldId(path(name)), error: errorFor(path(name)) });
  return (
    <fieldset className="card member">
      <legend>{t('families.form.member', { number: index + 1 })}</legend>
      <div className="form__row">
        <Field {...field('name')} label={t('families.fields.name')} required>
          {(control) => (
            <input
              {...control}
              value={member.name}
              maxLength={LIMITS.name}
              autoComplete="off"
              onChange={(e) => onChange({ name: e.target.value })}
            />
          )}
        </Field>
        <Field {...field('relation')} label={t('families.fields.relation')} required>
          {(control) => (
            <select {...control} value={member.relation} onChange={(e) => onChange({ relation: e.target.value as Relation })}>
              <option value="">{t('common.choose')}</option>
              {RELATIONS.map((r) => (
                <option key={r} value={r}>
                  {t(`relations.${r}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      <div className="form__row">
        <Field {...field('idNumber')} label={t('families.fields.idNumber')} hint={t('families.form.idNumberHint')} required>
          {(control) => (
            <input
              {...control}
              className="mono"
              value={member.idNumber}
              maxLength={18}
              autoComplete="off"
              spellCheck={false}
              onChange={(e) => onChange({ idNumber: e.target.value })}
            />
          )}
        </Field>
        <Field {...field('phone')} label={t('families.fields.phone')} hint={t('families.form.phoneHint')}>
          {(control) => (
            <input
              {...control}
              className="mono"
              type="tel"
              inputMode="numeric"
              value={member.phone}
              maxLength={11}
              autoComplete="off"
              onChange={(e) => onChange({ phone: e.target.value })}
            />
          )}
        </Field>
      </div>
      <div className="form__row form__row--end">
        <div className="checkbox">
          <input
            id={fieldId(path('livingAlone'))}
            type="checkbox"
            checked={member.livingAlone}
            onChange={(e) => onChange({ livingAlone: e.target.checked })}
          />
          <label htmlFor={fieldId(path('livingAlone'))}>{t('families.fields.livingAlone')}</label>
        </div>
        {canRemove && (
          <button type="button" className="button button--ghost" onClick={onRemove}>
            {t('families.form.removeMember', { number: index + 1 })}
          </button>
        )}
      </div>
    </fieldset>
  );
}
