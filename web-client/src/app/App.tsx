import { Navigate, Route, Routes } from 'react-router-dom';
import { RequireRole } from '../shared/session/RequireRole';
import { GuestOnly, HomeRedirect, RequireAuth } from '../shared/session/RouteGuards';
import { CountyAdminPage } from '../features/admin/pages/CountyAdminPage';
import { LoginPage } from '../features/account/pages/LoginPage';
import { MePage } from '../features/account/pages/MePage';
import { PhoneRebindPage } from '../features/rebinding/pages/PhoneRebindPage';
import { PhoneRebindRequestPage } from '../features/rebinding/pages/PhoneRebindRequestPage';
import { ProfilePage } from '../features/profile/pages/ProfilePage';
import { RegisterPage } from '../features/account/pages/RegisterPage';
import { ResetPasswordPage } from '../features/account/pages/ResetPasswordPage';
import { SchoolAdminPage } from '../features/verification/pages/SchoolAdminPage';
import { SupportRebindingPage } from '../features/rebinding/pages/SupportRebindingPage';

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
