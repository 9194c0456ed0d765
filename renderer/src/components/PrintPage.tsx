import { useEffect, type ReactNode } from 'react';

interface Props {
  /** True once the page's data is in: the printing window waits for it. */
  ready: boolean;
  title: string;
  meta?: string[];
  children: ReactNode;
}

export function PrintPage({ ready, title, meta = [], children }: Props) {
  useEffect(() => {
    document.title = title;
    if (ready) document.body.dataset.printReady = '1';
    return () => void delete document.body.dataset.printReady;
  }, [ready, title]);

  return (
    <div className="print-page">
      <h1>{title}</h1>
      {meta.length > 0 && (
        <div className="print-meta">
          {meta.map((m) => (
            <span key={m}>{m}</span>
          ))}
        </div>
      )}
      {children}
    </div>
  );
}
