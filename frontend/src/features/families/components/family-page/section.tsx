import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Banner } from '@/components/ui/banner';
import { problemMessage } from '@/components/ui/problem-message';
import type { AsyncState } from '@/lib/use-async';

interface SectionProps<T> {
  id: string;
  title: string;
  state: AsyncState<T>;
  /** Whether the loaded data has nothing to show. */
  isEmpty?: (data: T) => boolean;
  empty?: string;
  actions?: ReactNode;
  children: (data: T) => ReactNode;
}

/** One part of the family page, with its own loading, empty and error states, so one failing call spoils no other. */
export function Section<T>({ id, title, state, isEmpty, empty, actions, children }: SectionProps<T>) {
  const { t } = useTranslation();
  return (
    <section className="card family-section" id={id} aria-labelledby={`${id}-title`} aria-busy={state.loading}>
      <div className="family-section__header">
        <h2 id={`${id}-title`}>{title}</h2>
        {actions}
      </div>
      {state.error !== undefined && (
        <Banner kind="error">
          <p>{problemMessage(t, state.error)}</p>
          <button type="button" className="button button--secondary" onClick={state.reload}>
            {t('common.retry')}
          </button>
        </Banner>
      )}
      {state.loading && state.data === undefined && <p className="muted">{t('common.loading')}</p>}
      {state.data !== undefined && isEmpty?.(state.data) && <p className="empty">{empty}</p>}
      {state.data !== undefined && children(state.data)}
    </section>
  );
}
