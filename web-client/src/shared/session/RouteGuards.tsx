import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router-dom';
import { afterSignInPath, type LoginLocationState } from './loginState';
import { useSignedIn } from './useAuth';

/** Renders its children only when signed in; otherwise sends the user to /login and back afterwards. */
export function RequireAuth({ children }: { children: ReactNode }) {
  const signedIn = useSignedIn();
  const location = useLocation();
  if (!signedIn) {
    const state: LoginLocationState = { from: location.pathname + location.search };
    return <Navigate to="/login" replace state={state} />;
  }
  return <>{children}</>;
}

/** The login and register pages make no sense when already signed in. */
export function GuestOnly({ children }: { children: ReactNode }) {
  const signedIn = useSignedIn();
  const location = useLocation();
  if (signedIn) return <Navigate to={afterSignInPath(location.state)} replace />;
  return <>{children}</>;
}

export function HomeRedirect() {
  return <Navigate to={useSignedIn() ? '/me' : '/login'} replace />;
}
