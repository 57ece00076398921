import { Navigate, Route, Routes } from 'react-router-dom';
import { GuestOnly, HomeRedirect, RequireAuth } from './components/RouteGuards';
import { LoginPage } from './pages/LoginPage';
import { MePage } from './pages/MePage';
import { RegisterPage } from './pages/RegisterPage';

export function App() {
  return (
    <Routes>
      <Route path="/" element={<HomeRedirect />} />
      <Route path="/login" element={<GuestOnly><LoginPage /></GuestOnly>} />
      <Route path="/register" element={<GuestOnly><RegisterPage /></GuestOnly>} />
      <Route path="/me" element={<RequireAuth><MePage /></RequireAuth>} />
      <Route path="*" element={<Navigate to="/" replace />} />
    </Routes>
  );
}
