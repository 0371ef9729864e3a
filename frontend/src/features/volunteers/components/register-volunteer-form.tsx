import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { Field } from '@/components/ui/field';
import { FormBanner } from '@/components/ui/form-banner';
import { useToast } from '@/components/ui/toast';
import { useProblemForm } from '@/components/ui/use-problem-form';
import { useApiClient } from '@/lib/api-client';
import { useSession } from '@/lib/session';
import { registerVolunteer } from '../api/volunteers-api';
import { DISTRICTS } from '../districts';
import { atListControls, splitList } from '../problems';
import { SKILLS, VOLUNTEER_KINDS, type RegisterVolunteerRequest, type Skill, type Volunteer, type VolunteerKind } from '../types';

const FIELDS = ['name', 'phone', 'districtCode', 'kind', 'skills', 'qualifications', 'dialects', 'username', 'latitude', 'longitude'];
const MOBILE = /^1\d{10}$/;
const USERNAME = /^[a-z0-9][a-z0-9._-]{1,99}$/;

interface Draft {
  name: string;
  phone: string;
  districtCode: string;
  kind: VolunteerKind | '';
  skills: Skill[];
  qualifications: string;
  dialects: string;
  username: string;
  latitude: string;
  longitude: string;
}

/**
 * 登记志愿者: a member of one of the three teams joins as 申请中 (APPLICANT); after training a coordinator sets them
 * 在岗 on their page. A district coordinator registers in their own district only.
 */
export function RegisterVolunteerForm() {
  const { t } = useTranslation();
  const client = useApiClient();
  const navigate = useNavigate();
  const { caller } = useSession();
  const { showToast } = useToast();
  const form = useProblemForm(FIELDS);
  const [draft, setDraft] = useState<Draft>({
    name: '',
    phone: '',
    districtCode: caller.district ?? '',
    kind: '',
    skills: [],
    qualifications: '',
    dialects: '',
    username: '',
    latitude: '',
    longitude: '',
  });
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
    if (!draft.name.trim()) errors.name = t('volunteerForm.errors.name');
    if (!MOBILE.test(draft.phone.trim())) errors.phone = t('volunteerForm.errors.phone');
    if (!draft.districtCode) errors.districtCode = t('volunteerForm.errors.district');
    if (!draft.kind) errors.kind = t('volunteerForm.errors.kind');
    if (draft.skills.length === 0) errors.skills = t('volunteerForm.errors.skills');
    if (draft.username.trim() && !USERNAME.test(draft.username.trim())) errors.username = t('volunteerForm.errors.username');
    (['latitude', 'longitude'] as const).forEach((f) => {
      if (draft[f].trim() && !Number.isFinite(Number(draft[f].trim()))) errors[f] = t('volunteerForm.errors.number');
    });
    if (!!draft.latitude.trim() !== !!draft.longitude.trim()) {
      errors[draft.latitude.trim() ? 'longitude' : 'latitude'] = t('volunteerForm.errors.bothCoordinates');
    }
    setLocal(errors);
    if (Object.keys(errors).length > 0) return;
    const request: RegisterVolunteerRequest = {
      name: draft.name.trim(),
      phone: draft.phone.trim(),
      districtCode: draft.districtCode,
      kind: draft.kind as VolunteerKind,
      skills: draft.skills,
      qualifications: splitList(draft.qualifications),
      dialects: splitList(draft.dialects),
      ...(draft.username.trim() ? { username: draft.username.trim() } : {}),
      ...(draft.latitude.trim() ? { latitude: Number(draft.latitude), longitude: Number(draft.longitude) } : {}),
    };
    let created: Volunteer | undefined;
    if (await form.submit(async () => (created = await atListControls(registerVolunteer(client, request))))) {
      showToast(t('volunteerForm.registered', { name: created!.name }));
      navigate(`/volunteers/${created!.id}`);
    }
  };

  return (
    <section aria-labelledby="register-volunteer-title">
      <h1 id="register-volunteer-title">{t('volunteerForm.title')}</h1>
      <p className="muted">{t('volunteerForm.intro')}</p>
      <FormBanner banner={form.banner} />
      <form className="form card" noValidate onSubmit={submit}>
        <div className="form__row">
          <Field id="vol-name" label={t('volunteerForm.name')} error={errorFor('name')} required>
            {(control) => <input {...control} autoComplete="off" maxLength={40} value={draft.name} onChange={(e) => set({ name: e.target.value }, 'name')} />}
          </Field>
          <Field id="vol-phone" label={t('volunteerForm.phone')} hint={t('volunteerForm.phoneHint')} error={errorFor('phone')} required>
            {(control) => <input {...control} type="tel" inputMode="numeric" maxLength={11} value={draft.phone} onChange={(e) => set({ phone: e.target.value }, 'phone')} />}
          </Field>
        </div>
        <div className="form__row">
          <Field id="vol-district" label={t('volunteerForm.district')} error={errorFor('districtCode')} required>
            {(control) => (
              <select {...control} value={draft.districtCode} disabled={!!caller.district} onChange={(e) => set({ districtCode: e.target.value }, 'districtCode')}>
                <option value="">{t('common.choose')}</option>
                {DISTRICTS.map((code) => (
                  <option key={code} value={code}>
                    {t(`districts.${code}`)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field id="vol-kind" label={t('volunteerForm.kind')} error={errorFor('kind')} required>
            {(control) => (
              <select {...control} value={draft.kind} onChange={(e) => set({ kind: e.target.value as VolunteerKind }, 'kind')}>
                <option value="">{t('common.choose')}</option>
                {VOLUNTEER_KINDS.map((k) => (
                  <option key={k} value={k}>
                    {t(`volunteerKinds.${k}`)}
                  </option>
                ))}
              </select>
            )}
          </Field>
        </div>
        <fieldset className={`choice${errorFor('skills') ? ' field--invalid' : ''}`} aria-describedby={errorFor('skills') ? 'vol-skills-error' : undefined}>
          <legend>
            {t('volunteerForm.skills')}
            <span className="field__required" aria-hidden="true">
              {' *'}
            </span>
          </legend>
          <div className="choice__options">
            {SKILLS.map((s) => (
              <label key={s} className="checkbox">
                <input
                  type="checkbox"
                  checked={draft.skills.includes(s)}
                  onChange={(e) => set({ skills: e.target.checked ? [...draft.skills, s] : draft.skills.filter((x) => x !== s) }, 'skills')}
                />
                {t(`skills.${s}`)}
              </label>
            ))}
          </div>
          {errorFor('skills') && (
            <p id="vol-skills-error" className="field__error">
              {errorFor('skills')}
            </p>
          )}
        </fieldset>
        <div className="form__row">
          <Field id="vol-qualifications" label={t('volunteerForm.qualifications')} hint={t('volunteerForm.listHint')} error={errorFor('qualifications')}>
            {(control) => (
              <input {...control} placeholder={t('volunteerForm.qualificationsPlaceholder')} value={draft.qualifications} onChange={(e) => set({ qualifications: e.target.value }, 'qualifications')} />
            )}
          </Field>
          <Field id="vol-dialects" label={t('volunteerForm.dialects')} hint={t('volunteerForm.listHint')} error={errorFor('dialects')}>
            {(control) => <input {...control} placeholder={t('volunteerForm.dialectsPlaceholder')} value={draft.dialects} onChange={(e) => set({ dialects: e.target.value }, 'dialects')} />}
          </Field>
        </div>
        <Field id="vol-username" label={t('volunteerForm.username')} hint={t('volunteerForm.usernameHint')} error={errorFor('username')}>
          {(control) => <input {...control} autoComplete="off" autoCapitalize="none" maxLength={100} value={draft.username} onChange={(e) => set({ username: e.target.value }, 'username')} />}
        </Field>
        <div className="form__row">
          <Field id="vol-latitude" label={t('volunteerForm.latitude')} hint={t('volunteerForm.positionHint')} error={errorFor('latitude')}>
            {(control) => <input {...control} inputMode="decimal" placeholder="24.4480" value={draft.latitude} onChange={(e) => set({ latitude: e.target.value }, 'latitude', 'longitude')} />}
          </Field>
          <Field id="vol-longitude" label={t('volunteerForm.longitude')} error={errorFor('longitude')}>
            {(control) => <input {...control} inputMode="decimal" placeholder="118.0890" value={draft.longitude} onChange={(e) => set({ longitude: e.target.value }, 'latitude', 'longitude')} />}
          </Field>
        </div>
        <div className="form__actions">
          <span className="spacer" />
          <button type="button" className="button button--ghost" onClick={() => navigate('/volunteers')}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="button button--primary" disabled={form.submitting}>
            {t('volunteerForm.submit')}
          </button>
        </div>
      </form>
    </section>
  );
}
