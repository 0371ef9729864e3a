import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '@/components/ui/field';
import { FormBanner } from '@/components/ui/form-banner';
import { useToast } from '@/components/ui/toast';
import { useProblemForm } from '@/components/ui/use-problem-form';
import { useApiClient } from '@/lib/api-client';
import { updateFamily } from '../../api/families-api';
import { useAreas } from '../../api/use-areas';
import { CATEGORIES, type Category, type FamilyDetail, type UpdateFamilyRequest } from '../../types';
import { LIMITS } from '../../validation';

const FIELDS = ['category', 'street', 'community', 'address'] as const;

/** Corrects category and address within the district; a move to another district is a closure there, not an edit. */
export function EditFamilyForm({ family, onDone }: { family: FamilyDetail; onDone: (saved: boolean) => void }) {
  const { t } = useTranslation();
  const client = useApiClient();
  const { showToast } = useToast();
  const areas = useAreas(family.districtCode);
  const form = useProblemForm(FIELDS);
  const [draft, setDraft] = useState<UpdateFamilyRequest>({
    category: family.category,
    street: family.street,
    community: family.community,
    address: family.address,
  });
  const [missing, setMissing] = useState<Record<string, string>>({});
  const set = (field: keyof UpdateFamilyRequest, value: string) => {
    setDraft((d) => ({ ...d, [field]: value }));
    form.clear(field);
    setMissing((m) => ({ ...m, [field]: '' }));
  };
  const errorFor = (field: string) => missing[field] || form.errors[field];

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const empty = Object.fromEntries(
      (['community', 'address'] as const).filter((f) => !draft[f].trim()).map((f) => [f, t('familyPage.form.required')]),
    );
    setMissing(empty);
    if (Object.keys(empty).length > 0) return;
    const request = { ...draft, community: draft.community.trim(), address: draft.address.trim() };
    if (await form.submit(() => updateFamily(client, family.id, request))) {
      showToast(t('familyPage.form.saved'));
      onDone(true);
    }
  };
  const streets = areas.data?.find((a) => a.code === family.districtCode)?.streets ?? [family.street];

  return (
    <form className="card form" noValidate onSubmit={submit} aria-labelledby="edit-family-title">
      <h2 id="edit-family-title">{t('familyPage.form.title')}</h2>
      <p className="muted">{t('familyPage.form.districtHint')}</p>
      <FormBanner banner={form.banner} />
      <div className="form__row">
        <Field id="edit-category" label={t('families.fields.category')} error={errorFor('category')} required>
          {(control) => (
            <select {...control} value={draft.category} onChange={(e) => set('category', e.target.value as Category)}>
              {CATEGORIES.map((c) => (
                <option key={c} value={c}>
                  {t(`categories.${c}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field id="edit-street" label={t('families.fields.street')} error={errorFor('street')} required>
          {(control) => (
            <select {...control} value={draft.street} onChange={(e) => set('street', e.target.value)}>
              {streets.map((s) => (
                <option key={s} value={s}>
                  {s}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      <div className="form__row">
        <Field id="edit-community" label={t('families.fields.community')} error={errorFor('community')} required>
          {(control) => (
            <input {...control} value={draft.community} maxLength={LIMITS.community} onChange={(e) => set('community', e.target.value)} />
          )}
        </Field>
        <Field id="edit-address" label={t('families.fields.address')} error={errorFor('address')} required>
          {(control) => (
            <input {...control} value={draft.address} maxLength={LIMITS.address} onChange={(e) => set('address', e.target.value)} />
          )}
        </Field>
      </div>
      <div className="form__actions">
        <span className="spacer" />
        <button type="button" className="button button--ghost" onClick={() => onDone(false)}>
          {t('common.cancel')}
        </button>
        <button type="submit" className="button button--primary" disabled={form.submitting}>
          {t('familyPage.form.save')}
        </button>
      </div>
    </form>
  );
}
