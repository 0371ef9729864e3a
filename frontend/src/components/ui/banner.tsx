import type { ReactNode } from 'react';

interface BannerProps {
  kind?: 'error' | 'info' | 'success';
  children: ReactNode;
}

/** A message above the content; errors are announced at once (role=alert). */
export function Banner({ kind = 'info', children }: BannerProps) {
  return (
    <div className={`banner banner--${kind}`} role={kind === 'error' ? 'alert' : 'status'}>
      {children}
    </div>
  );
}
