import { addAfterEffect, useStore } from '@react-three/fiber';
import { useEffect } from 'react';
import { judgeFrames, type QualityLevel } from './qualityPolicy.ts';
import { learnAutoLevel } from './qualityStore.ts';

/**
 * Inside the Canvas, while the quality is automatic: times frames drawn back to back (an orbit, a
 * moving part) and steps the device's level down when they are slow, up when there is room. Only
 * back-to-back frames count: with a demand frame loop the gap before a frame that follows a pause
 * is idle time, not drawing time.
 */
export function FrameJudge({ level }: { level: QualityLevel }) {
  const store = useStore();
  useEffect(() => {
    const frameMs: number[] = [];
    let last: number | null = null;
    let backToBack = false;
    return addAfterEffect((timestamp) => {
      if (backToBack && last !== null) {
        frameMs.push(timestamp - last);
        if (frameMs.length > 200) frameMs.shift();
        const next = judgeFrames(level, frameMs);
        if (next) learnAutoLevel(next); // re-renders with the new level, which restarts this count
      }
      last = timestamp;
      // A frame already owed means the next loop turn draws right after this one.
      backToBack = store.getState().internal.frames > 0;
    });
  }, [store, level]);
  return null;
}
