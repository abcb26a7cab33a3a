import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './features/app/App.tsx';
import './styles/index.css';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
