/** The 日报's print view for a day, with the names to print at its foot. */
export function dailyPrintRoute(date: string, signers: { preparer?: string; reviewer?: string }): string {
  const params = new URLSearchParams({ date });
  if (signers.preparer) params.set('preparer', signers.preparer);
  if (signers.reviewer) params.set('reviewer', signers.reviewer);
  return `/print/daily-report?${params.toString()}`;
}
