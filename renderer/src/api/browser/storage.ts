/**
 * Typed JSON in localStorage under one prefix. A full or disabled storage must never break the
 * app: reads fall back, writes report false.
 */
const PREFIX = 'raport:';

export function readJson<T>(key: string, fallback: T, isValid: (v: unknown) => v is T): T {
  try {
    const text = localStorage.getItem(PREFIX + key);
    if (text === null) return fallback;
    const value: unknown = JSON.parse(text);
    return isValid(value) ? value : fallback;
  } catch {
    return fallback;
  }
}

export function writeJson(key: string, value: unknown): boolean {
  try {
    localStorage.setItem(PREFIX + key, JSON.stringify(value));
    return true;
  } catch {
    return false;
  }
}

export const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
