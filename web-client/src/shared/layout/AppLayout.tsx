import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';

interface Props {
  title: string;
  /** Where the ‹ link in the top bar goes. */
  back?: string;
  /** Consoles use the laptop's width; forms stay narrow. */
  wide?: boolean;
  children: ReactNode;
}

/** The signed-in pages' frame: a top bar with the page title, content centred and phone-first. */
export function AppLayout({ title, back, wide, children }: Props) {
  return (
    <main className={wide ? 'page page--wide' : 'page'}>
      <header className="topbar">
        {back ? (
          <Link to={back} className="topbar__back" aria-label="返回">
            ‹
          </Link>
        ) : (
          <span className="topbar__brand">学时</span>
        )}
        <h1 className="topbar__title">{title}</h1>
      </header>
      <div className="page__content">{children}</div>
    </main>
  );
}
