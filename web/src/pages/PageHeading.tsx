import { useEffect, useRef, type ReactNode } from 'react';

/** The path whose heading last rendered: focus moves only when the path changes, not when a title updates. */
let shownPath = window.location.pathname;

/**
 * The page's h1. After an in-app navigation it takes focus, so keyboard and screen-reader users
 * land on the new page instead of staying on the link they pressed (the first load keeps normal focus).
 */
export function PageHeading({ title, children }: { title: string; children?: ReactNode }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = `${title} · AgentOps Cockpit`;
    if (window.location.pathname === shownPath) return;
    shownPath = window.location.pathname;
    heading.current?.focus();
  }, [title]);
  return (
    <div className="page-heading">
      <h1 ref={heading} tabIndex={-1}>
        {title}
      </h1>
      {children}
    </div>
  );
}
