import { useEffect, useState } from 'react';

/**
 * Light and dark: the page follows the system (`prefers-color-scheme`) until the user picks one with
 * the toggle; the pick is remembered in localStorage and applied as `data-theme` on <html>.
 */
export type Theme = 'light' | 'dark';
const KEY = 'cockpit-theme';

function stored(): Theme | null {
  try {
    const value = localStorage.getItem(KEY);
    return value === 'light' || value === 'dark' ? value : null;
  } catch {
    return null;
  }
}

function system(): Theme {
  return window.matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

export function useTheme(): [Theme, () => void] {
  const [choice, setChoice] = useState<Theme | null>(stored);
  const [fallback, setFallback] = useState<Theme>(system);

  useEffect(() => {
    const media = window.matchMedia('(prefers-color-scheme: dark)');
    const onChange = () => setFallback(media.matches ? 'dark' : 'light');
    media.addEventListener('change', onChange);
    return () => media.removeEventListener('change', onChange);
  }, []);

  useEffect(() => {
    if (choice) document.documentElement.dataset['theme'] = choice;
    else delete document.documentElement.dataset['theme'];
  }, [choice]);

  const theme = choice ?? fallback;
  const toggle = () => {
    const next: Theme = theme === 'dark' ? 'light' : 'dark';
    try {
      localStorage.setItem(KEY, next);
    } catch {
      // Private mode: the choice lasts for this page only.
    }
    setChoice(next);
  };
  return [theme, toggle];
}
