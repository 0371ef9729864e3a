import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '@/components/ui/field';
import { FormBanner } from '@/components/ui/form-banner';
import { useProblemForm } from '@/components/ui/use-problem-form';
import { useApiClient } from '@/lib/api-client';
import { createTarget, updateTarget } from '../api/supervision-api';
import { indicator, toNumber } from '../indicators';
import { INDICATOR_KEYS, type IndicatorKey, type TargetRequest, type TargetView } from '../types';

const FIELDS = ['name', 'owner', 'indicator', 'districtCode', 'targetValue', 'deadline'] as const;
type FieldName = (typeof FIELDS)[number];
const DISTRICT_CODES = ['350203', '350206', '350205', '350211', '350212', '350213'];
const TEXT_MAX = 100;

interface Draft {
  name: string;
  owner: string;
  indicator: IndicatorKey | '';
  districtCode: string;
  targetValue: string;
  deadline: string;
}

function draftOf(target: TargetView | undefined): Draft {
  return {
    name: target?.name ?? '',
    owner: target?.owner ?? '',
    indicator: target?.indicator ?? '',
    districtCode: target?.districtCode ?? '',
    targetValue: target ? String(toNumber(target.targetValue) ?? '') : '',
    deadline: target?.deadline ?? '',
  };
}

/** The checks the form can make before sending; the gateway checks the same and more (its answer shows too). */
function localErrors(draft: Draft, t: (key: string) => string): Partial<Record<FieldName, string>> {
  const errors: Partial<Record<FieldName, string>> = {};
  if (!draft.name.trim()) errors.name = t('targets.form.required');
  if (!draft.owner.trim()) errors.owner = t('targets.form.required');
  if (!draft.indicator) errors.indicator = t('targets.form.required');
  if (!draft.deadline) errors.deadline = t('targets.form.required');
  const value = Number(draft.targetValue);
  if (draft.targetValue.trim() === '' || !Number.isFinite(value)) errors.targetValue = t('targets.form.required');
  else if (value < 0) errors.targetValue = t('targets.form.notNegative');
  else if (draft.indicator && indicator(draft.indicator).share && value > 100) errors.targetValue = t('targets.form.atMost100');
  return errors;
}

/**
 * Sets a new responsibility target or changes one (city coordinators). A target keeps its indicator and area:
 * those two are fixed once it is set, as the gateway requires.
 */
export function TargetForm({ target, onSaved, onCancel }: { target?: TargetView; onSaved: (target: TargetView) => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const client = useApiClient();
  const form = useProblemForm(FIELDS);
  const [draft, setDraft] = useState<Draft>(() => draftOf(target));
  const [local, setLocal] = useState<Partial<Record<FieldName, string>>>({});
  const editing = target !== undefined;
  const id = target?.id ?? 'new';
  const unit = draft.indicator ? t(`indicators.units.${draft.indicator}`) : '';

  const set = (field: FieldName, value: string) => {
    setDraft((d) => ({ ...d, [field]: value }));
    setLocal((l) => ({ ...l, [field]: undefined }));
    form.clear(field);
  };
  const error = (field: FieldName) => local[field] ?? form.errors[field];

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const errors = localErrors(draft, t);
    setLocal(errors);
    if (Object.keys(errors).length > 0) return;
    const request: TargetRequest = {
      name: draft.name.trim(),
      owner: draft.owner.trim(),
      indicator: draft.indicator as IndicatorKey,
      ...(draft.districtCode ? { districtCode: draft.districtCode } : {}),
      targetValue: Number(draft.targetValue),
      deadline: draft.deadline,
    };
    let saved: TargetView | undefined;
    const ok = await form.submit(async () => {
      saved = editing ? await updateTarget(client, target.id, request) : await createTarget(client, request);
    });
    if (ok && saved) onSaved(saved);
  };

  return (
    <form className="form target-form card" noValidate onSubmit={(e) => void submit(e)} aria-labelledby={`target-form-${id}`}>
      <h2 id={`target-form-${id}`}>{editing ? t('targets.form.editTitle', { name: target.name }) : t('targets.form.newTitle')}</h2>
      <FormBanner banner={form.banner} />
      <div className="form__row">
        <Field id={`target-${id}-name`} label={t('targets.form.name')} error={error('name')} required>
          {(control) => <input {...control} maxLength={TEXT_MAX} value={draft.name} onChange={(e) => set('name', e.target.value)} />}
        </Field>
        <Field id={`target-${id}-owner`} label={t('targets.form.owner')} hint={t('targets.form.ownerHint')} error={error('owner')} required>
          {(control) => <input {...control} maxLength={TEXT_MAX} value={draft.owner} onChange={(e) => set('owner', e.target.value)} />}
        </Field>
      </div>
      <div className="form__row">
        <Field
          id={`target-${id}-indicator`}
          label={t('targets.form.indicator')}
          hint={editing ? t('targets.form.fixed') : undefined}
          error={error('indicator')}
          required
        >
          {(control) => (
            <select {...control} value={draft.indicator} disabled={editing} onChange={(e) => set('indicator', e.target.value)}>
              <option value="">{t('common.choose')}</option>
              {INDICATOR_KEYS.map((key) => (
                <option key={key} value={key}>
                  {t(`indicators.names.${key}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field
          id={`target-${id}-district`}
          label={t('targets.form.area')}
          hint={editing ? t('targets.form.fixed') : undefined}
          error={error('districtCode')}
        >
          {(control) => (
            <select {...control} value={draft.districtCode} disabled={editing} onChange={(e) => set('districtCode', e.target.value)}>
              <option value="">{t('targets.cityWide')}</option>
              {DISTRICT_CODES.map((code) => (
                <option key={code} value={code}>
                  {t(`districts.${code}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      <div className="form__row">
        <Field
          id={`target-${id}-value`}
          label={unit ? t('targets.form.targetValueIn', { unit }) : t('targets.form.targetValue')}
          hint={draft.indicator && !indicator(draft.indicator as IndicatorKey).higherIsBetter ? t('targets.form.lowerIsBetter') : undefined}
          error={error('targetValue')}
          required
        >
          {(control) => (
            <input {...control} type="number" inputMode="decimal" min={0} step="any" value={draft.targetValue} onChange={(e) => set('targetValue', e.target.value)} />
          )}
        </Field>
        <Field id={`target-${id}-deadline`} label={t('targets.form.deadline')} error={error('deadline')} required>
          {(control) => <input {...control} type="date" value={draft.deadline} onChange={(e) => set('deadline', e.target.value)} />}
        </Field>
      </div>
      <div className="form__actions">
        <button type="submit" className="button button--primary" disabled={form.submitting}>
          {editing ? t('targets.form.save') : t('targets.form.create')}
        </button>
        <button type="button" className="button button--ghost" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
