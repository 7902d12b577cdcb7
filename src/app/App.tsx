import { useCallback, useEffect, useState } from 'react';
import { findMachine, machineModules } from '../machines/index.ts';
import { parseRecord, type SessionRecord } from '../engine/sessionRecord.ts';
import type { Lang } from '../i18n/catalogue.ts';
import { Home } from '../ui/Home.tsx';
import { I18nProvider, useI18n } from '../ui/i18n.tsx';
import { LanguageSwitch } from '../ui/LanguageSwitch.tsx';
import { MachineScreen } from '../ui/MachineScreen.tsx';
import { parseRoute, routeToSearch, type AppRoute } from './urlParams.ts';

/** Composition root: the route lives in the URL so a link opens the same screen on any device. */
export function App() {
  const [route, setRoute] = useState<AppRoute>(() => parseRoute(window.location.search));
  useEffect(() => {
    const onPop = () => setRoute(parseRoute(window.location.search));
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, []);
  useEffect(() => {
    document.documentElement.lang = route.lang;
  }, [route.lang]);

  const navigate = useCallback((next: Partial<AppRoute>, replace = false) => {
    setRoute((prev) => {
      const merged = { ...prev, ...next };
      const search = routeToSearch(merged, window.location.search);
      if (replace) window.history.replaceState(null, '', search);
      else window.history.pushState(null, '', search);
      return parseRoute(search);
    });
  }, []);

  return (
    <I18nProvider lang={route.lang}>
      <Screen route={route} navigate={navigate} />
    </I18nProvider>
  );
}

function Screen({ route, navigate }: { route: AppRoute; navigate: (r: Partial<AppRoute>, replace?: boolean) => void }) {
  const { t } = useI18n();
  const module = findMachine(route.machine);
  const setLang = (lang: Lang) => navigate({ lang }, true);
  const [restarts, setRestarts] = useState(0);
  const [record, setRecord] = useState<SessionRecord | null>(null);
  const [fileProblems, setFileProblems] = useState<string[] | null>(null);
  const openFile = async (file: File) => {
    // Nothing changes unless the whole file is valid.
    const parsed = parseRecord(file.name, await file.text(), machineModules);
    if (!parsed.ok) return setFileProblems(parsed.problems);
    setFileProblems(null);
    setRecord(parsed.record);
    navigate({ machine: parsed.record.log.machineId });
  };
  if (!module) {
    return (
      <>
        <div className="top-bar">
          <LanguageSwitch onChange={setLang} />
        </div>
        <Home
          onOpen={(id, mode) => navigate({ machine: id, mode })}
          onOpenRecord={openFile}
          fileProblems={fileProblems}
          notice={route.machine ? t('home.noMachine', { id: route.machine }) : null}
        />
      </>
    );
  }
  const replaying = record && record.log.machineId === module.id ? record : null;
  return (
    <MachineScreen
      key={`${module.id}:${route.mode}:${restarts}:${replaying ? replaying.savedAt : 'live'}`}
      module={module}
      mode={route.mode}
      recordLog={replaying?.log ?? null}
      modeNotice={route.badMode ? t('machine.unknownMode', { mode: route.badMode }) : null}
      onBack={() => {
        setRecord(null);
        navigate({ machine: null });
      }}
      onLang={setLang}
      onMode={(mode) => navigate({ mode }, true)}
      onRestart={() => setRestarts((n) => n + 1)}
    />
  );
}
