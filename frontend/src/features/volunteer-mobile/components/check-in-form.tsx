import { useCallback, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Banner } from '@/components/ui/banner';
import { Field } from '@/components/ui/field';
import { problemMessage } from '@/components/ui/problem-message';
import { ApiProblem, useApiClient } from '@/lib/api-client';
import { checkIn } from '../api/volunteer-api';
import { parseCheckInPayload } from '../navigation';
import type { Position, Task } from '../types';
import { canScanQr, QrScanner } from './qr-scanner';

type Locating = { state: 'idle' } | { state: 'locating' } | { state: 'found'; position: Position; accuracy: number } | { state: 'failed'; reason: 'denied' | 'unavailable' };

/** How long to wait for a position fix before giving up (a phone indoors may not get one). */
const LOCATE_TIMEOUT_MS = 20_000;

/** 签到: the family's code (typed or scanned from their QR card) and/or where the phone is. */
export function CheckInForm({ task, onCheckedIn }: { task: Task; onCheckedIn: (task: Task) => void }) {
  const { t } = useTranslation();
  const client = useApiClient();
  const [code, setCode] = useState('');
  const [scanning, setScanning] = useState(false);
  const [located, setLocated] = useState<Locating>({ state: 'idle' });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [banner, setBanner] = useState<string>();
  const [sending, setSending] = useState(false);
  const wantsCode = task.verification !== 'POSITION';
  const wantsPosition = task.verification !== 'CODE';

  const onScanned = useCallback(
    (text: string) => {
      setScanning(false);
      const payload = parseCheckInPayload(text);
      if (!payload) {
        setErrors({ code: t('mobile.checkIn.notACheckInCode') });
      } else if (payload.familyId !== task.familyId.toLowerCase()) {
        setErrors({ code: t('mobile.checkIn.otherFamily') });
      } else {
        setCode(payload.code);
        setErrors({});
      }
    },
    [t, task.familyId],
  );

  const locate = () => {
    if (!navigator.geolocation) {
      setLocated({ state: 'failed', reason: 'unavailable' });
      return;
    }
    setLocated({ state: 'locating' });
    navigator.geolocation.getCurrentPosition(
      (p) =>
        setLocated({
          state: 'found',
          position: { latitude: p.coords.latitude, longitude: p.coords.longitude },
          accuracy: Math.round(p.coords.accuracy),
        }),
      (error) => setLocated({ state: 'failed', reason: error.code === error.PERMISSION_DENIED ? 'denied' : 'unavailable' }),
      { enableHighAccuracy: true, timeout: LOCATE_TIMEOUT_MS, maximumAge: 60_000 },
    );
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBanner(undefined);
    const position = located.state === 'found' ? located.position : undefined;
    const typed = code.trim();
    if (!typed && !position) {
      setErrors({ [wantsCode ? 'code' : 'position']: t('mobile.checkIn.needCodeOrPosition') });
      return;
    }
    setErrors({});
    setSending(true);
    try {
      onCheckedIn(await checkIn(client, task.id, { code: typed || undefined, position }));
    } catch (error) {
      setSending(false);
      if (error instanceof ApiProblem && error.violations.length > 0) {
        setErrors(Object.fromEntries(error.violations.map((v) => [v.field.replace(/^position\..*/, 'position'), v.message])));
      }
      setBanner(problemMessage(t, error));
    }
  };

  return (
    <form className="card form" noValidate onSubmit={submit} aria-labelledby="check-in-title">
      <h2 id="check-in-title">{t('mobile.checkIn.title')}</h2>
      <p className="muted">{t(`mobile.checkIn.how.${task.verification}`)}</p>
      {banner && <Banner kind="error">{banner}</Banner>}
      {wantsCode && (
        <>
          <Field id="check-in-code" label={t('mobile.checkIn.code')} hint={t('mobile.checkIn.codeHint')} error={errors.code}>
            {(control) => (
              <input
                {...control}
                className="mono input--big"
                inputMode="numeric"
                autoComplete="one-time-code"
                maxLength={12}
                value={code}
                onChange={(e) => setCode(e.target.value.replace(/\s/g, ''))}
              />
            )}
          </Field>
          {canScanQr() &&
            (scanning ? (
              <QrScanner onResult={onScanned} onClose={() => setScanning(false)} />
            ) : (
              <button type="button" className="button button--secondary button--big" onClick={() => setScanning(true)}>
                {t('mobile.checkIn.scan')}
              </button>
            ))}
        </>
      )}
      {wantsPosition && (
        <div className={`field${errors.position ? ' field--invalid' : ''}`}>
          <button type="button" className="button button--secondary button--big" onClick={locate} disabled={located.state === 'locating'}>
            {located.state === 'locating' ? t('mobile.checkIn.locating') : t('mobile.checkIn.locate')}
          </button>
          <p className="field__hint" role="status" data-testid="position-state">
            {located.state === 'found' && t('mobile.checkIn.located', { metres: located.accuracy })}
            {located.state === 'failed' && t(`mobile.checkIn.locateFailed.${located.reason}`)}
          </p>
          {errors.position && (
            <p className="field__error" id="check-in-position-error">
              {errors.position}
            </p>
          )}
        </div>
      )}
      <button type="submit" className="button button--primary button--big" disabled={sending}>
        {sending ? t('mobile.checkIn.sending') : t('mobile.checkIn.submit')}
      </button>
    </form>
  );
}
