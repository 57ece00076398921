import { lazy, Suspense } from 'react';
import { Navigate, Route, Routes } from 'react-router-dom';
import { RequireRole } from '../shared/session/RequireRole';
import { GuestOnly, HomeRedirect, RequireAuth, SessionRestoring } from '../shared/session/RouteGuards';

// Each page is its own chunk, loaded when its route is first visited: a teacher's phone signing in
// never downloads the admin consoles, and the sign-in page does not wait for the profile form.
const LoginPage = lazy(() => import('../features/account/pages/LoginPage').then((m) => ({ default: m.LoginPage })));
const RegisterPage = lazy(() => import('../features/account/pages/RegisterPage').then((m) => ({ default: m.RegisterPage })));
const ResetPasswordPage = lazy(() =>
  import('../features/account/pages/ResetPasswordPage').then((m) => ({ default: m.ResetPasswordPage })),
);
const MePage = lazy(() => import('../features/account/pages/MePage').then((m) => ({ default: m.MePage })));
const ProfilePage = lazy(() => import('../features/profile/pages/ProfilePage').then((m) => ({ default: m.ProfilePage })));
const PhoneRebindPage = lazy(() => import('../features/rebinding/pages/PhoneRebindPage').then((m) => ({ default: m.PhoneRebindPage })));
const PhoneRebindRequestPage = lazy(() =>
  import('../features/rebinding/pages/PhoneRebindRequestPage').then((m) => ({ default: m.PhoneRebindRequestPage })),
);
const SupportRebindingPage = lazy(() =>
  import('../features/rebinding/pages/SupportRebindingPage').then((m) => ({ default: m.SupportRebindingPage })),
);
const SchoolAdminPage = lazy(() =>
  import('../features/verification/pages/SchoolAdminPage').then((m) => ({ default: m.SchoolAdminPage })),
);
const ConsentPage = lazy(() => import('../features/legal/pages/ConsentPage').then((m) => ({ default: m.ConsentPage })));
const UserAgreementPage = lazy(() => import('../features/legal/pages/LegalDocumentPage').then((m) => ({ default: m.UserAgreementPage })));
const PrivacyPolicyPage = lazy(() => import('../features/legal/pages/LegalDocumentPage').then((m) => ({ default: m.PrivacyPolicyPage })));
const CatalogAdminPage = lazy(() =>
  import('../features/catalog-admin/pages/CatalogAdminPage').then((m) => ({ default: m.CatalogAdminPage })),
);
const ProgramsPage = lazy(() => import('../features/programs/pages/ProgramsPage').then((m) => ({ default: m.ProgramsPage })));
const ProgramPage = lazy(() => import('../features/programs/pages/ProgramPage').then((m) => ({ default: m.ProgramPage })));
const CoursePage = lazy(() => import('../features/programs/pages/CoursePage').then((m) => ({ default: m.CoursePage })));
const MyProgramsPage = lazy(() => import('../features/programs/pages/MyProgramsPage').then((m) => ({ default: m.MyProgramsPage })));
const ProgressPage = lazy(() => import('../features/progress/pages/ProgressPage').then((m) => ({ default: m.ProgressPage })));
const PlayerPage = lazy(() => import('../features/learning/pages/PlayerPage').then((m) => ({ default: m.PlayerPage })));
const MyCertificatesPage = lazy(() =>
  import('../features/certificates/pages/MyCertificatesPage').then((m) => ({ default: m.MyCertificatesPage })),
);
const VerifyPage = lazy(() => import('../features/certificates/pages/VerifyPage').then((m) => ({ default: m.VerifyPage })));
// The program page's 电子学习证书 area: its own chunk, loaded with the page of a program the teacher is enrolled in.
const ProgramCertificate = lazy(() =>
  import('../features/certificates/components/ProgramCertificate').then((m) => ({ default: m.ProgramCertificate })),
);
const programCertificate = (programId: string) => (
  <Suspense fallback={null}>
    <ProgramCertificate programId={programId} />
  </Suspense>
);
const CountyAdminPage = lazy(() => import('../features/admin/pages/CountyAdminPage').then((m) => ({ default: m.CountyAdminPage })));

export function App() {
  return (
    <Suspense fallback={<SessionRestoring />}>
      <Routes>
        <Route path="/" element={<HomeRedirect />} />
        <Route path="/login" element={<GuestOnly><LoginPage /></GuestOnly>} />
        <Route path="/register" element={<GuestOnly><RegisterPage /></GuestOnly>} />
        {/* Open whether signed in or not: 忘记密码 from the login page, 修改密码 from 我的. */}
        <Route path="/reset-password" element={<ResetPasswordPage />} />
        <Route path="/phone-rebinding-request" element={<PhoneRebindRequestPage />} />
        <Route path="/legal/user-agreement" element={<UserAgreementPage />} />
        <Route path="/legal/privacy-policy" element={<PrivacyPolicyPage />} />
        {/* 证书验证: what the certificate's QR code opens, for anyone, signed in or not. */}
        <Route path="/verify" element={<VerifyPage />} />
        <Route path="/welcome" element={<RequireAuth allowWithoutConsent><ConsentPage /></RequireAuth>} />
        <Route path="/me" element={<RequireAuth><MePage /></RequireAuth>} />
        <Route path="/me/profile" element={<RequireAuth><ProfilePage /></RequireAuth>} />
        <Route path="/me/phone" element={<RequireAuth><PhoneRebindPage /></RequireAuth>} />
        <Route path="/me/programs" element={<RequireAuth><MyProgramsPage /></RequireAuth>} />
        <Route path="/me/certificates" element={<RequireAuth><MyCertificatesPage /></RequireAuth>} />
        <Route path="/programs" element={<RequireAuth><ProgramsPage /></RequireAuth>} />
        <Route path="/programs/:id" element={<RequireAuth><ProgramPage certificate={programCertificate} /></RequireAuth>} />
        <Route path="/programs/:id/progress" element={<RequireAuth><ProgressPage /></RequireAuth>} />
        <Route path="/programs/:id/courses/:courseId" element={<RequireAuth><CoursePage /></RequireAuth>} />
        <Route path="/programs/:id/courses/:courseId/resources/:resourceId" element={<RequireAuth><PlayerPage /></RequireAuth>} />
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
        <Route
          path="/admin/catalog/*"
          element={<RequireAuth><RequireRole role="operator"><CatalogAdminPage /></RequireRole></RequireAuth>}
        />
        <Route path="*" element={<Navigate to="/" replace />} />
      </Routes>
    </Suspense>
  );
}
