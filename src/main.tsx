import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App.tsx';
import './app/styles.css';
import { startLrsIfConfigured } from './net/lrsApp.ts';
import { startServiceWorker } from './ui/offline/serviceWorkerClient.ts';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
startLrsIfConfigured();
startServiceWorker();
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
