import type { ReactNode } from 'react';
import { Spin } from 'antd';
import { Navigate, useLocation } from 'react-router-dom';
import { afterSignInPath, type LoginLocationState } from './loginState';
import { useMe } from '../api/queries';
import { useSessionRestoring, useSignedIn } from './useAuth';

/** Shown while a reload restores the session (instead of a flash of the login page) or a page's code arrives. */
export function SessionRestoring() {
  return (
    <div className="page-loading" role="status">
      <Spin tip="加载中…" size="large">
        <span />
      </Spin>
    </div>
  );
}

/** The page where an account chooses its basics and consents (the server refuses everything else until then). */
export const CONSENT_PATH = '/welcome';

/**
 * Renders its children only when signed in; otherwise sends the user to /login and back afterwards.
 * An account that must first consent (or, after an SMS sign-up, choose its identity and nickname) is
 * sent to the consent page instead, unless the route is that page (allowWithoutConsent).
 */
export function RequireAuth({ children, allowWithoutConsent = false }: { children: ReactNode; allowWithoutConsent?: boolean }) {
  const signedIn = useSignedIn();
  const restoring = useSessionRestoring();
  const location = useLocation();
  if (!signedIn && restoring) return <SessionRestoring />;
  if (!signedIn) {
    const state: LoginLocationState = { from: location.pathname + location.search };
    return <Navigate to="/login" replace state={state} />;
  }
  return allowWithoutConsent ? <>{children}</> : <ConsentGate>{children}</ConsentGate>;
}

function ConsentGate({ children }: { children: ReactNode }) {
  const me = useMe();
  if (me.isPending) return <SessionRestoring />;
  if (me.data?.basicsRequired || me.data?.consentRequired) return <Navigate to={CONSENT_PATH} replace />;
  return <>{children}</>;
}

/** The login and register pages make no sense when already signed in. */
export function GuestOnly({ children }: { children: ReactNode }) {
  const signedIn = useSignedIn();
  const restoring = useSessionRestoring();
  const location = useLocation();
  if (!signedIn && restoring) return <SessionRestoring />;
  if (signedIn) return <Navigate to={afterSignInPath(location.state)} replace />;
  return <>{children}</>;
}

/** A signed-in visitor's home is the list of programs (培训); 我的 is one tap away in its navigation. */
export function HomeRedirect() {
  const signedIn = useSignedIn();
  const restoring = useSessionRestoring();
  if (!signedIn && restoring) return <SessionRestoring />;
  return <Navigate to={signedIn ? '/programs' : '/login'} replace />;
}
