/** Entry: get the API once, read the app settings, create the controller, render. */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { ApiProvider } from './api/api-context';
import { getApi } from './api/get-api';
import { initialState } from './state/app-state';
import { createController } from './state/controller';
import { ControllerProvider } from './state/controller-context';
import { createStore } from './state/store';
import './styles/base.css';
import './styles/layout.css';
import './styles/buttons.css';
import './styles/forms.css';
import './styles/surfaces.css';
import './styles/tables.css';
import './styles/start.css';
import './styles/data.css';
import './styles/coverage.css';
import './styles/write.css';
import './styles/export-settings.css';

async function start(): Promise<void> {
  const api = await getApi();
  const settings = await api.getAppSettings();
  const controller = createController(api, createStore(initialState(settings.uiLanguage)));
  const root = document.getElementById('root');
  if (root === null) throw new Error('index.html has no #root');
  createRoot(root).render(
    <StrictMode>
      <ApiProvider api={api}>
        <ControllerProvider controller={controller}>
          <App />
        </ControllerProvider>
      </ApiProvider>
    </StrictMode>,
  );
}

void start();
