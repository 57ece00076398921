import { Route, Routes } from 'react-router-dom';
import { ProgramListPage } from './ProgramListPage';
import { ProgramDetailPage } from './ProgramDetailPage';
import { CourseEditorPage } from './CourseEditorPage';
import { TrainingsPage } from './TrainingsPage';
import { CreditRulesPage } from './CreditRulesPage';

/** 专题管理: the operator console, one lazily loaded chunk with its own routes under /admin/catalog. */
export function CatalogAdminPage() {
  return (
    <Routes>
      <Route index element={<ProgramListPage />} />
      <Route path="programs/:programId" element={<ProgramDetailPage />} />
      <Route path="programs/:programId/credit-rules" element={<CreditRulesPage />} />
      <Route path="courses/:courseId" element={<CourseEditorPage />} />
      <Route path="trainings" element={<TrainingsPage />} />
    </Routes>
  );
}
