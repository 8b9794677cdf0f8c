import '@mantine/core/styles.css';
import '@mantine/notifications/styles.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { loadMessages } from './i18n/catalogues';
import { chooseLocale, storedLocale } from './i18n/locale';

// The first language's catalogue is its own chunk: ask for it now, alongside the first page's code.
void loadMessages(
  chooseLocale({ profile: null, stored: storedLocale(), browser: navigator.languages }),
).catch(() => undefined);

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
