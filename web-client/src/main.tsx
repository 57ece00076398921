import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App as AntdApp, ConfigProvider } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import { QueryClientProvider } from '@tanstack/react-query';
import { BrowserRouter } from 'react-router-dom';
import { App } from './app/App';
import { createQueryClient } from './shared/api/queryClient';
import { startSession } from './shared/session/startSession';
import { theme } from './shared/layout/theme';
import './styles.css';

const queryClient = createQueryClient();
// Before the first render, so the guards already know a reload is restoring the session.
void startSession();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    {/* virtual={false}: a virtual Select list renders its visible options without role="option" (and
        a hidden copy for screen readers); a plain list is one accessible listbox, and our lists are short. */}
    <ConfigProvider locale={zhCN} theme={theme} virtual={false}>
      <AntdApp>
        <QueryClientProvider client={queryClient}>
          <BrowserRouter>
            <App />
          </BrowserRouter>
        </QueryClientProvider>
      </AntdApp>
    </ConfigProvider>
  </StrictMode>,
);
