import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { Field } from '@/components/ui/field';
import { FormBanner } from '@/components/ui/form-banner';
import { useToast } from '@/components/ui/toast';
import { useProblemForm } from '@/components/ui/use-problem-form';
import { useApiClient } from '@/lib/api-client';
import { createTask } from '../api/volunteers-api';
import { xiamenDayStart } from '../time';
import { PRIORITIES, SKILLS, TASK_KINDS, VERIFICATIONS, type CreateTaskRequest, type Priority, type Skill, type TaskKind, type Verification } from '../types';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const FIELDS = ['familyId', 'kind', 'requiredSkills', 'windowStart', 'windowEnd', 'priority', 'place', 'instructions', 'preferredDialect', 'verification'];

interface Draft {
  familyId: string;
  kind: TaskKind | '';
  requiredSkills: Skill[];
  date: string;
  start: string;
  end: string;
  priority: Priority;
  place: string;
  instructions: string;
  preferredDialect: string;
  verification: Verification;
}

/** 新建任务: for one family (the family page links here with its id); the window is in Xiamen time. */
export function CreateTaskForm({ now = () => new Date() }: { now?: () => Date }) {
  const { t } = useTranslation();
  const client = useApiClient();
  const navigate = useNavigate();
  const { showToast } = useToast();
  const [params] = useSearchParams();
  const form = useProblemForm(FIELDS);
  const [draft, setDraft] = useState<Draft>(() => ({
    familyId: params.get('familyId') ?? '',
    kind: '',
    requiredSkills: [],
    date: xiamenDayStart(now(), 1).slice(0, 10),
    start: '09:00',
    end: '11:00',
    priority: 'NORMAL',
    place: '',
    instructions: '',
    preferredDialect: '',
    verification: 'CODE_OR_POSITION',
  }));
  const [local, setLocal] = useState<Record<string, string>>({});
  const set = (changes: Partial<Draft>, ...fields: string[]) => {
    setDraft((d) => ({ ...d, ...changes }));
    fields.forEach((f) => {
      form.clear(f);
      setLocal((l) => ({ ...l, [f]: '' }));
    });
  };
  const errorFor = (f: string) => local[f] || form.errors[f];

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const errors: Record<string, string> = {};
    if (!UUID.test(draft.familyId.trim())) errors.familyId = t('tasks.form.errors.familyId');
    if (!draft.kind) errors.kind = t('tasks.form.errors.required');
    if (!draft.date || !draft.start) errors.windowStart = t('tasks.form.errors.required');
    if (!draft.end || draft.end <= draft.start) errors.windowEnd = t('tasks.form.errors.endAfterStart');
    setLocal(errors);
    if (Object.keys(errors).length > 0) return;
    const text = (v: string) => v.trim() || undefined;
    const request: CreateTaskRequest = {
      familyId: draft.familyId.trim(),
      kind: draft.kind as TaskKind,
      requiredSkills: draft.requiredSkills,
      windowStart: `${draft.date}T${draft.start}:00+08:00`,
      windowEnd: `${draft.date}T${draft.end}:00+08:00`,
      priority: draft.priority,
      place: text(draft.place),
      instructions: text(draft.instructions),
      preferredDialect: text(draft.preferredDialect),
      verification: draft.verification,
    };
    if (await form.submit(() => createTask(client, request))) {
      showToast(t('tasks.form.created'));
      navigate('/tasks');
    }
  };

  return (
    <section aria-labelledby="new-task-title">
      <h1 id="new-task-title">{t('tasks.form.title')}</h1>
      <FormBanner banner={form.banner} />
      <form className="form card" noValidate onSubmit={submit}>
        <div className="form__row">
          <Field id="task-familyId" label={t('tasks.form.familyId')} hint={t('tasks.form.familyIdHint')} error={errorFor('familyId')} required>
            {(control) => <input {...control} className="mono" value={draft.familyId} onChange={(e) => set({ familyId: e.target.value }, 'familyId')} />}
          </Field>
          <Field id="task-kind" label={t('tasks.form.kind')} error={errorFor('kind')} required>
            {(control) => (
              <select {...control} value={draft.kind} onChange={(e) => set({ kind: e.target.value as TaskKind }, 'kind')}>
                <option value="">{t('common.choose')}</option>
                {TASK_KINDS.map((k) => (
                  <option key={k} value={k}>
                    {t(`taskKinds.${k}`)}
                  </option>
                ))}
              </select>
            )}
          </Field>
        </div>
        <div className="form__row form__row--3">
          <Field id="task-date" label={t('tasks.form.date')} error={errorFor('windowStart')} required>
            {(control) => <input {...control} type="date" value={draft.date} onChange={(e) => set({ date: e.target.value }, 'windowStart')} />}
          </Field>
          <Field id="task-start" label={t('tasks.form.start')} required>
            {(control) => <input {...control} type="time" step={900} value={draft.start} onChange={(e) => set({ start: e.target.value }, 'windowStart')} />}
          </Field>
          <Field id="task-end" label={t('tasks.form.end')} error={errorFor('windowEnd')} required>
            {(control) => <input {...control} type="time" step={900} value={draft.end} onChange={(e) => set({ end: e.target.value }, 'windowEnd')} />}
          </Field>
        </div>
        <fieldset className="choice">
          <legend>{t('tasks.form.requiredSkills')}</legend>
          <div className="choice__options">
            {SKILLS.map((s) => (
              <label key={s} className="checkbox">
                <input
                  type="checkbox"
                  checked={draft.requiredSkills.includes(s)}
                  onChange={(e) =>
                    set({ requiredSkills: e.target.checked ? [...draft.requiredSkills, s] : draft.requiredSkills.filter((x) => x !== s) }, 'requiredSkills')
                  }
                />
                {t(`skills.${s}`)}
              </label>
            ))}
          </div>
          {errorFor('requiredSkills') && <p className="field__error">{errorFor('requiredSkills')}</p>}
        </fieldset>
        <div className="form__row">
          <Field id="task-priority" label={t('tasks.form.priority')} error={errorFor('priority')}>
            {(control) => (
              <select {...control} value={draft.priority} onChange={(e) => set({ priority: e.target.value as Priority }, 'priority')}>
                {PRIORITIES.map((p) => (
                  <option key={p} value={p}>
                    {t(`priorities.${p}`)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field id="task-verification" label={t('tasks.form.verification')} error={errorFor('verification')}>
            {(control) => (
              <select {...control} value={draft.verification} onChange={(e) => set({ verification: e.target.value as Verification }, 'verification')}>
                {VERIFICATIONS.map((v) => (
                  <option key={v} value={v}>
                    {t(`verifications.${v}`)}
                  </option>
                ))}
              </select>
            )}
          </Field>
        </div>
        <div className="form__row">
          <Field id="task-place" label={t('tasks.form.place')} hint={t('tasks.form.placeHint')} error={errorFor('place')}>
            {(control) => <input {...control} maxLength={200} value={draft.place} onChange={(e) => set({ place: e.target.value }, 'place')} />}
          </Field>
          <Field id="task-dialect" label={t('tasks.form.dialect')} error={errorFor('preferredDialect')}>
            {(control) => <input {...control} maxLength={20} placeholder={t('tasks.form.dialectPlaceholder')} value={draft.preferredDialect} onChange={(e) => set({ preferredDialect: e.target.value }, 'preferredDialect')} />}
          </Field>
        </div>
        <Field id="task-instructions" label={t('tasks.form.instructions')} hint={t('tasks.form.instructionsHint')} error={errorFor('instructions')}>
          {(control) => <textarea {...control} rows={3} maxLength={1000} value={draft.instructions} onChange={(e) => set({ instructions: e.target.value }, 'instructions')} />}
        </Field>
        <div className="form__actions">
          <span className="spacer" />
          <button type="button" className="button button--ghost" onClick={() => navigate('/tasks')}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="button button--primary" disabled={form.submitting}>
            {t('tasks.form.submit')}
          </button>
        </div>
      </form>
    </section>
  );
}
