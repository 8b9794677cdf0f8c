import '@mantine/core/styles.css';
import '@mantine/notifications/styles.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { loadMessages } from './i18n/catalogues';
import { chooseLocale, storedLocale } from './i18n/locale';

// The shell's words in the first language are their own chunk: ask for them now, alongside the
// first page's code and words (i18n/catalogues.ts).
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
