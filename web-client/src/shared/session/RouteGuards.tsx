import type { ReactNode } from 'react';
import { Spin } from 'antd';
import { Navigate, useLocation } from 'react-router-dom';
import { afterSignInPath, type LoginLocationState } from './loginState';
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

/** Renders its children only when signed in; otherwise sends the user to /login and back afterwards. */
export function RequireAuth({ children }: { children: ReactNode }) {
  const signedIn = useSignedIn();
  const restoring = useSessionRestoring();
  const location = useLocation();
  if (!signedIn && restoring) return <SessionRestoring />;
  if (!signedIn) {
    const state: LoginLocationState = { from: location.pathname + location.search };
    return <Navigate to="/login" replace state={state} />;
  }
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

export function HomeRedirect() {
  const signedIn = useSignedIn();
  const restoring = useSessionRestoring();
  if (!signedIn && restoring) return <SessionRestoring />;
  return <Navigate to={signedIn ? '/me' : '/login'} replace />;
}
