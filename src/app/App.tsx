import { lazy, Suspense, useCallback, useEffect, useState } from 'react';
import { isKnownMachine } from '../machines/catalogue.ts';
import type { SessionRecord } from '../engine/recordFormat.ts';
import type { Drill } from '../scenarios/types.ts';
import type { Lang } from '../i18n/catalogue.ts';
import { Home } from '../ui/Home.tsx';
import { I18nProvider, useI18n } from '../ui/i18n.tsx';
import { LanguageSwitch } from '../ui/LanguageSwitch.tsx';
import { UnsavedWorkContext } from '../ui/UnsavedWork.tsx';
import { useLeaveGuard } from './useLeaveGuard.tsx';

import { parseRoute, routeToSearch, type AppRoute } from './urlParams.ts';

const MachineRoute = lazy(() => import('../ui/MachineRoute.tsx'));

/** Composition root: the route lives in the URL so a link opens the same screen on any device. */
export function App() {
  const [route, setRoute] = useState<AppRoute>(() => parseRoute(window.location.search));
  const leave = useLeaveGuard(useCallback((search: string) => setRoute(parseRoute(search)), []));
  const { shown } = leave;
  useEffect(() => {
    document.documentElement.lang = route.lang;
  }, [route.lang]);

  const navigate = useCallback((next: Partial<AppRoute>, replace = false) => {
    setRoute((prev) => {
      const merged = { ...prev, ...next };
      const search = routeToSearch(merged, window.location.search);
      if (replace) window.history.replaceState(null, '', search);
      else window.history.pushState(null, '', search);
      shown(search);
      return parseRoute(search);
    });
  }, [shown]);

  return (
    <I18nProvider lang={route.lang}>
      <UnsavedWorkContext.Provider value={leave.work}>
        <Screen route={route} navigate={navigate} guard={leave.guard} />
      </UnsavedWorkContext.Provider>
      {leave.dialog}
    </I18nProvider>
  );
}

function Screen({ route, navigate, guard }: { route: AppRoute; navigate: (r: Partial<AppRoute>, replace?: boolean) => void; guard: (action: () => void) => void }) {
  const { t } = useI18n();
  const machineId = isKnownMachine(route.machine) ? route.machine : null;
  const setLang = (lang: Lang) => navigate({ lang }, true);
  const [restarts, setRestarts] = useState(0);
  const [record, setRecord] = useState<SessionRecord | null>(null);
  /** A trainer's own drill file (not addressable by URL); bundled drills come from `?scenario=`. */
  const [fileDrill, setFileDrill] = useState<Drill | null>(null);
  const [fileProblems, setFileProblems] = useState<string[] | null>(null);
  const openFile = async (file: File) => {
    // Nothing changes unless the whole file is valid.
    // The validator (and its schema library) loads only when a file is opened.
    const [{ parseRecord }, { machineModules }] = await Promise.all([import('../engine/sessionRecord.ts'), import('../machines/index.ts')]);
    const parsed = parseRecord(file.name, await file.text(), machineModules);
    if (!parsed.ok) return setFileProblems(parsed.problems);
    setFileProblems(null);
    setRecord(parsed.record);
    navigate({ machine: parsed.record.log.machineId });
  };
  if (!machineId) {
    return (
      <>
        <div className="top-bar">
          <LanguageSwitch onChange={setLang} />
        </div>
        <Home
          onOpen={(id, mode) => navigate({ machine: id, mode, scenario: null })}
          onOpenRecord={openFile}
          fileProblems={fileProblems}
          notice={route.machine ? t('home.noMachine', { id: route.machine }) : null}
        />
      </>
    );
  }
  const replaying = record && record.log.machineId === machineId ? record : null;
  return (
    <Suspense fallback={<p className="notice">{t('machine.loading')}</p>}>
    <MachineRoute
      key={`${machineId}:${route.mode}:${restarts}:${replaying ? replaying.savedAt : 'live'}:${route.scenario ?? ''}:${fileDrill?.file ?? ''}`}
      machineId={machineId}
      scenarioId={route.scenario}
      fileDrill={fileDrill && fileDrill.machine === machineId ? fileDrill : null}
      trainer={route.trainer}
      onStartDrill={(drill, bundled) =>
        guard(() => {
          setRestarts((n) => n + 1);
          if (bundled) {
            setFileDrill(null);
            navigate({ scenario: drill.id });
          } else setFileDrill(drill);
        })
      }
      shareLink={(drillId) => routeToSearch({ machine: machineId, lang: route.lang, mode: route.mode, scenario: drillId }, '')}
      mode={route.mode}
      recordLog={replaying?.log ?? null}
      modeNotice={route.badMode ? t('machine.unknownMode', { mode: route.badMode }) : null}
      onBack={() =>
        guard(() => {
          setRecord(null);
          setFileDrill(null);
          navigate({ machine: null, scenario: null });
        })
      }
      onLang={setLang}
      onMode={(mode) =>
        guard(() => {
          setFileDrill(null);
          navigate({ mode, scenario: null }, true);
        })
      }
      onRestart={() => setRestarts((n) => n + 1)}
    />
    </Suspense>
  );
}
