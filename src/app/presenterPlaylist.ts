import { untrusted } from '../engine/untrustedText.ts';
import { isKnownMachine } from '../machines/catalogue.ts';
import { splitPlaylist } from '../presenter/playlist.ts';

/** A show link's machines the app knows, and notices naming the rest (clipped: the link is untrusted). */
export function presenterPlaylist(ids: readonly string[], t: (key: string, params?: Record<string, string>) => string): { play: string[]; notices: string[] } {
  const { play, unknown } = splitPlaylist(ids, isKnownMachine);
  const notices = [
    ...(unknown.length ? [t('present.unknownMachines', { ids: unknown.map((id) => `"${untrusted(id, 40)}"`).join(', ') })] : []),
    ...(play.length === 0 ? [t('present.noMachines')] : []),
  ];
  return { play, notices };
}
