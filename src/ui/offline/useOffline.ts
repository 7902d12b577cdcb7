import { useEffect, useSyncExternalStore } from 'react';
import { offlineState, refresh, subscribeOffline, type OfflineState } from './offlineDownloads.ts';

/**
 * The device's offline downloads, kept up to date for every screen that shows them; read again
 * when a screen showing them mounts (a machine opened online meanwhile is cached by the worker).
 */
export function useOffline(): OfflineState {
  useEffect(() => void refresh(), []);
  return useSyncExternalStore(subscribeOffline, offlineState);
}
