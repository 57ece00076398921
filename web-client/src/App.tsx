import { Navigate, Route, Routes } from 'react-router-dom';
import { RequireRole } from './components/RequireRole';
import { GuestOnly, HomeRedirect, RequireAuth } from './components/RouteGuards';
import { CountyAdminPage } from './pages/CountyAdminPage';
import { LoginPage } from './pages/LoginPage';
import { MePage } from './pages/MePage';
import { PhoneRebindPage } from './pages/PhoneRebindPage';
import { PhoneRebindRequestPage } from './pages/PhoneRebindRequestPage';
import { ProfilePage } from './pages/ProfilePage';
import { RegisterPage } from './pages/RegisterPage';
import { ResetPasswordPage } from './pages/ResetPasswordPage';
import { SchoolAdminPage } from './pages/SchoolAdminPage';
import { SupportRebindingPage } from './pages/SupportRebindingPage';

export function App() {
  return (
    <Routes>
      <Route path="/" element={<HomeRedirect />} />
      <Route path="/login" element={<GuestOnly><LoginPage /></GuestOnly>} />
      <Route path="/register" element={<GuestOnly><RegisterPage /></GuestOnly>} />
      {/* Open whether signed in or not: 忘记密码 from the login page, 修改密码 from 我的. */}
      <Route path="/reset-password" element={<ResetPasswordPage />} />
      <Route path="/phone-rebinding-request" element={<PhoneRebindRequestPage />} />
      <Route path="/me" element={<RequireAuth><MePage /></RequireAuth>} />
      <Route path="/me/profile" element={<RequireAuth><ProfilePage /></RequireAuth>} />
      <Route path="/me/phone" element={<RequireAuth><PhoneRebindPage /></RequireAuth>} />
      <Route
        path="/admin/school"
        element={<RequireAuth><RequireRole role="schoolAdmin"><SchoolAdminPage /></RequireRole></RequireAuth>}
      />
      <Route
        path="/admin/county"
        element={<RequireAuth><RequireRole role="regionAdmin"><CountyAdminPage /></RequireRole></RequireAuth>}
      />
      <Route
        path="/support/rebinding"
        element={<RequireAuth><RequireRole role="support"><SupportRebindingPage /></RequireRole></RequireAuth>}
      />
      <Route path="*" element={<Navigate to="/" replace />} />
    </Routes>
  );
}
