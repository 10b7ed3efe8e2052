import type { ReactNode } from 'react';
import { NAV_ATTRIBUTE } from '../lib/panel/keyboard';

/**
 * One folded section below the panel's first screen: a native disclosure, closed by default, so Enter and Space
 * open it, screen readers announce it as expanded or collapsed, and the browser keeps it open across re-renders
 * (React never sets `open`).
 */
export function Fold({
  id,
  title,
  count,
  children,
}: {
  id: string;
  title: string;
  count?: number;
  children: ReactNode;
}) {
  return (
    <details className="card fold" data-testid={`fold-${id}`}>
      <summary {...{ [NAV_ATTRIBUTE]: '' }}>
        <h2 className="fold-title">
          {title}
          {count !== undefined && <span className="count"> ({count})</span>}
        </h2>
      </summary>
      <div className="fold-body">{children}</div>
    </details>
  );
}
