import { useEffect, useState } from 'react';
import type { Lang } from '../i18n/catalogue.ts';

/** Whether this device can speak the language at all (a matching voice is installed). */
export function speechVoice(lang: Lang): SpeechSynthesisVoice | null {
  if (typeof window === 'undefined' || !('speechSynthesis' in window)) return null;
  const prefix = lang === 'id' ? 'id' : 'en';
  return window.speechSynthesis.getVoices().find((v) => v.lang.toLowerCase().startsWith(prefix)) ?? null;
}

/** Optional narration: speaks `text` whenever it changes, while enabled and a voice exists. */
export function useNarration(text: string, lang: Lang, enabled: boolean): { available: boolean } {
  const [available, setAvailable] = useState(() => speechVoice(lang) !== null);
  useEffect(() => {
    if (!('speechSynthesis' in window)) return;
    const update = () => setAvailable(speechVoice(lang) !== null);
    update();
    window.speechSynthesis.addEventListener('voiceschanged', update);
    return () => window.speechSynthesis.removeEventListener('voiceschanged', update);
  }, [lang]);
  useEffect(() => {
    const voice = speechVoice(lang);
    if (!enabled || !voice || !text) return;
    const u = new SpeechSynthesisUtterance(text);
    u.voice = voice;
    u.lang = voice.lang;
    window.speechSynthesis.cancel();
    window.speechSynthesis.speak(u);
  }, [text, lang, enabled]);
  return { available };
}
