/** Yuan from the API's decimal strings, for display only (sums and checks stay on the server). */
export const formatYuan = (language: string, amount: string | null | undefined) =>
  amount == null
    ? '—'
    : new Intl.NumberFormat(language, { style: 'currency', currency: 'CNY', minimumFractionDigits: 2 }).format(Number(amount));

/** A non-negative amount with at most two decimals, as the API takes it. */
export const isYuan = (value: string) => /^\d{1,12}(\.\d{1,2})?$/.test(value.trim());
