import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '@/components/ui/field';
import { FormBanner } from '@/components/ui/form-banner';
import { useToast } from '@/components/ui/toast';
import { useProblemForm } from '@/components/ui/use-problem-form';
import { useApiClient } from '@/lib/api-client';
import { useSession } from '@/lib/session';
import { recordContact } from '../../api/families-api';
import { NEED_AREAS, type Contact, type NeedArea, type RecordContactRequest } from '../../types';

const FIELDS = ['kind', 'contactedAt', 'contactedBy', 'location', 'durationMinutes', 'wellbeing', 'needsObserved', 'notes', 'followUp', 'followUpDue'];
const OFFSET_MS = 8 * 3_600_000;

/** "yyyy-mm-ddThh:mm" in Xiamen, as a datetime-local input holds it. */
const xiamenLocal = (now: Date) => new Date(now.getTime() + OFFSET_MS).toISOString().slice(0, 16);

/** 记录联系: a liaison's phone call or home visit, entered after the fact; the time is Xiamen's. */
export function RecordContactForm({ familyId, onDone, now = () => new Date() }: { familyId: string; onDone: (saved: boolean) => void; now?: () => Date }) {
  const { t } = useTranslation();
  const client = useApiClient();
  const { caller } = useSession();
  const { showToast } = useToast();
  const form = useProblemForm(FIELDS);
  const [draft, setDraft] = useState({
    kind: 'PHONE_CALL' as Contact['kind'],
    contactedAt: xiamenLocal(now()),
    contactedBy: caller.name,
    location: '',
    durationMinutes: '',
    wellbeing: '',
    needsObserved: [] as NeedArea[],
    notes: '',
    followUp: '',
    followUpDue: '',
  });
  const [local, setLocal] = useState<Record<string, string>>({});
  const set = (changes: Partial<typeof draft>) => {
    setDraft((d) => ({ ...d, ...changes }));
    Object.keys(changes).forEach((k) => {
      form.clear(k);
      setLocal((l) => ({ ...l, [k]: '' }));
    });
  };
  const errorFor = (f: string) => local[f] || form.errors[f];

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const errors: Record<string, string> = {};
    const minutes = Number(draft.durationMinutes);
    if (!draft.contactedAt) errors.contactedAt = t('familyPage.form.required');
    else if (draft.contactedAt > xiamenLocal(now())) errors.contactedAt = t('familyPage.record.errors.future');
    if (!draft.contactedBy.trim()) errors.contactedBy = t('familyPage.form.required');
    if (!Number.isInteger(minutes) || minutes < 1 || minutes > 600) errors.durationMinutes = t('familyPage.record.errors.duration');
    if (draft.followUp.trim() && !draft.followUpDue) errors.followUpDue = t('familyPage.record.errors.followUpDue');
    if (!draft.followUp.trim() && draft.followUpDue) errors.followUp = t('familyPage.record.errors.followUp');
    setLocal(errors);
    if (Object.keys(errors).length > 0) return;
    const text = (v: string) => v.trim() || undefined;
    const request: RecordContactRequest = {
      kind: draft.kind,
      contactedAt: `${draft.contactedAt}:00+08:00`,
      contactedBy: draft.contactedBy.trim(),
      location: text(draft.location),
      durationMinutes: minutes,
      wellbeing: draft.wellbeing ? Number(draft.wellbeing) : undefined,
      needsObserved: draft.needsObserved,
      notes: text(draft.notes),
      followUp: text(draft.followUp),
      followUpDue: draft.followUpDue || undefined,
    };
    if (await form.submit(() => recordContact(client, familyId, request))) {
      showToast(t('familyPage.record.saved'));
      onDone(true);
    }
  };

  return (
    <form className="form record-contact" noValidate onSubmit={submit} aria-label={t('familyPage.record.title')}>
      <FormBanner banner={form.banner} />
      <div className="form__row form__row--3">
        <Field id="contact-kind" label={t('familyPage.record.kind')} error={errorFor('kind')} required>
          {(control) => (
            <select {...control} value={draft.kind} onChange={(e) => set({ kind: e.target.value as Contact['kind'] })}>
              <option value="PHONE_CALL">{t('contactKinds.PHONE_CALL')}</option>
              <option value="HOME_VISIT">{t('contactKinds.HOME_VISIT')}</option>
            </select>
          )}
        </Field>
        <Field id="contact-at" label={t('familyPage.record.when')} error={errorFor('contactedAt')} required>
          {(control) => <input {...control} type="datetime-local" value={draft.contactedAt} onChange={(e) => set({ contactedAt: e.target.value })} />}
        </Field>
        <Field id="contact-minutes" label={t('familyPage.record.minutes')} error={errorFor('durationMinutes')} required>
          {(control) => <input {...control} type="number" inputMode="numeric" min={1} max={600} value={draft.durationMinutes} onChange={(e) => set({ durationMinutes: e.target.value })} />}
        </Field>
      </div>
      <div className="form__row form__row--3">
        <Field id="contact-by" label={t('familyPage.record.by')} error={errorFor('contactedBy')} required>
          {(control) => <input {...control} maxLength={40} value={draft.contactedBy} onChange={(e) => set({ contactedBy: e.target.value })} />}
        </Field>
        <Field id="contact-location" label={t('familyPage.record.location')} error={errorFor('location')}>
          {(control) => <input {...control} maxLength={100} value={draft.location} onChange={(e) => set({ location: e.target.value })} />}
        </Field>
        <Field id="contact-wellbeing" label={t('familyPage.record.wellbeing')} error={errorFor('wellbeing')}>
          {(control) => (
            <select {...control} value={draft.wellbeing} onChange={(e) => set({ wellbeing: e.target.value })}>
              <option value="">{t('familyPage.record.notRated')}</option>
              {[1, 2, 3, 4, 5].map((score) => (
                <option key={score} value={score}>
                  {t(`familyPage.record.scores.${score}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      <fieldset className="choice">
        <legend>{t('familyPage.record.needs')}</legend>
        <div className="choice__options">
          {NEED_AREAS.map((need) => (
            <label key={need} className="checkbox">
              <input
                type="checkbox"
                checked={draft.needsObserved.includes(need)}
                onChange={(e) => set({ needsObserved: e.target.checked ? [...draft.needsObserved, need] : draft.needsObserved.filter((n) => n !== need) })}
              />
              {t(`needs.${need}`)}
            </label>
          ))}
        </div>
      </fieldset>
      <Field id="contact-notes" label={t('familyPage.record.notes')} error={errorFor('notes')}>
        {(control) => <textarea {...control} rows={3} maxLength={2000} value={draft.notes} onChange={(e) => set({ notes: e.target.value })} />}
      </Field>
      <div className="form__row">
        <Field id="contact-follow-up" label={t('familyPage.record.followUp')} error={errorFor('followUp')}>
          {(control) => <input {...control} maxLength={500} value={draft.followUp} onChange={(e) => set({ followUp: e.target.value })} />}
        </Field>
        <Field id="contact-follow-up-due" label={t('familyPage.record.followUpDue')} error={errorFor('followUpDue')}>
          {(control) => <input {...control} type="date" value={draft.followUpDue} onChange={(e) => set({ followUpDue: e.target.value })} />}
        </Field>
      </div>
      <div className="form__actions">
        <span className="spacer" />
        <button type="button" className="button button--ghost" onClick={() => onDone(false)}>
          {t('common.cancel')}
        </button>
        <button type="submit" className="button button--primary" disabled={form.submitting}>
          {t('familyPage.record.save')}
        </button>
      </div>
    </form>
  );
}
