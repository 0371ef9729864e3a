import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiProblem } from '@/lib/api-client';
import { problemMessage } from './problem-message';

export interface ProblemForm {
  /** The server's message per field path (`violations[].field`), shown next to its control. */
  errors: Record<string, string>;
  /** The problem's detail, plus any violation no control on the form names. */
  banner: { message: string; details: string[] } | undefined;
  submitting: boolean;
  /** Runs the request; true when it succeeded. */
  submit: (request: () => Promise<unknown>) => Promise<boolean>;
  /** Forgets a field's message once the user edits it. */
  clear: (field: string) => void;
  setErrors: (errors: Record<string, string>) => void;
}

/** The submit of an edit form: problem+json violations go to the fields in `fields`, the rest to the banner. */
export function useProblemForm(fields: readonly string[]): ProblemForm {
  const { t } = useTranslation();
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [banner, setBanner] = useState<ProblemForm['banner']>();
  const [submitting, setSubmitting] = useState(false);
  const key = fields.join('|');

  const submit = useCallback(
    async (request: () => Promise<unknown>) => {
      setSubmitting(true);
      setBanner(undefined);
      setErrors({});
      try {
        await request();
        return true;
      } catch (error) {
        const known = new Set(key.split('|'));
        const inline: Record<string, string> = {};
        const elsewhere: string[] = [];
        if (error instanceof ApiProblem) {
          error.violations.forEach((v) => {
            if (known.has(v.field) && !inline[v.field]) inline[v.field] = v.message;
            else elsewhere.push(v.message);
          });
        }
        setErrors(inline);
        setBanner({ message: problemMessage(t, error), details: elsewhere });
        return false;
      } finally {
        setSubmitting(false);
      }
    },
    [key, t],
  );

  const clear = useCallback(
    (field: string) =>
      setErrors((current) => {
        if (!(field in current)) return current;
        const rest = { ...current };
        delete rest[field];
        return rest;
      }),
    [],
  );

  return { errors, banner, submitting, submit, clear, setErrors };
}
