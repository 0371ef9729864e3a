import { useTranslation } from 'react-i18next';

interface PaginationProps {
  /** The current page, from 0, as the server answered it. */
  page: number;
  size: number;
  total: number;
  onPage: (page: number) => void;
  /** The "page n of m, total" sentence, for lists that count something other than households. */
  statusKey?: string;
}

/** Previous / "page n of m, total" / next, under every paged list. */
export function Pagination({ page, size, total, onPage, statusKey = 'families.pagination.status' }: PaginationProps) {
  const { t } = useTranslation();
  const pageCount = Math.max(1, Math.ceil(total / size));
  return (
    <nav className="pagination" aria-label={t('families.pagination.label')}>
      <button type="button" className="button button--secondary" disabled={page <= 0} onClick={() => onPage(page - 1)}>
        {t('families.pagination.previous')}
      </button>
      <span aria-live="polite">{t(statusKey, { page: page + 1, pages: pageCount, total })}</span>
      <button
        type="button"
        className="button button--secondary"
        disabled={page + 1 >= pageCount}
        onClick={() => onPage(page + 1)}
      >
        {t('families.pagination.next')}
      </button>
    </nav>
  );
}
