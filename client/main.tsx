import './zod-jitless.ts';
import { QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { queryClient } from './api/query-client.ts';
import { App } from './features/app/App.tsx';
import { atlasStore, syncAddressBar } from './state/store.ts';
import './styles/index.css';

syncAddressBar(
  atlasStore,
  () => window.location.search,
  (search) => window.history.replaceState(null, '', `${window.location.pathname}${search}${window.location.hash}`),
);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <App />
    </QueryClientProvider>
  </StrictMode>,
);
