import './projector.css';
// First: machine chunks validate their drills while loading, under the app's CSP.
import '../../engine/zodWithoutEval.ts';
import type { Screen } from '../../presenter/playlist.ts';
import { AudienceShow } from './AudienceShow.tsx';
import { PresenterNotes } from './PresenterNotes.tsx';

interface Props {
  /** Known machine ids, in show order (at least one). */
  playlist: readonly string[];
  /** Seconds per stop for a show that runs by itself (`&timer=`), else null. */
  paceSeconds: number | null;
  screen: Screen;
  /** Notices about the link (unknown machines, screen or language), in the presenter's language. */
  notices: readonly string[];
  onLeave: () => void;
}

/** Lazy entry of presenter mode (`?present=…`): the projector's window, or with `&screen=presenter` the presenter's. */
export default function PresenterRoute({ playlist, paceSeconds, screen, notices, onLeave }: Props) {
  const openNotes = () => {
    const url = new URL(window.location.href);
    url.searchParams.set('screen', 'presenter');
    window.open(url.toString(), 'gladi-presenter-notes', 'popup');
  };
  return screen === 'presenter' ? (
    <PresenterNotes playlist={playlist} />
  ) : (
    <AudienceShow playlist={playlist} paceSeconds={paceSeconds} notices={notices} onLeave={onLeave} onOpenNotes={openNotes} />
  );
}
