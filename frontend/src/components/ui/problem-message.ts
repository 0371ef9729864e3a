import type { TFunction } from 'i18next';
import { ApiProblem, NETWORK_ERROR_STATUS } from '@/lib/api-client';

/** The sentence to show for a failed call: the server's own `detail` when it gave one. */
export function problemMessage(t: TFunction, error: unknown): string {
  if (error instanceof ApiProblem) {
    if (error.status === NETWORK_ERROR_STATUS) return t('errors.network');
    if (error.problem.detail) return error.problem.detail;
    if (error.status === 403) return t('errors.forbidden');
    if (error.status === 404) return t('errors.notFound');
    if (error.problem.title) return error.problem.title;
    return t('errors.status', { status: error.status });
  }
  return t('errors.unexpected');
}
