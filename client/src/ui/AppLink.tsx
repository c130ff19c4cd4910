import { Link } from '@digdir/designsystemet-react';
import type { ReactNode } from 'react';
import { handleLinkClick } from '../app/router';

export interface AppLinkProps {
  readonly to: string;
  readonly children: ReactNode;
  readonly className?: string;
}

/** A Designsystemet link that navigates inside the app without a page load. */
export function AppLink({ to, children, className }: AppLinkProps) {
  return (
    <Link href={to} onClick={handleLinkClick} className={className}>
      {children}
    </Link>
  );
}
