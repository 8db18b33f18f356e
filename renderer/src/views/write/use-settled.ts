/**
 * Errors that show up only after a pause in typing: "{{num" is an error just until the "}}" is
 * typed, and a banner flashing on every keystroke helps nobody. Clearing is immediate.
 */
import { useEffect, useState } from 'react';

/** A list that empties at once but fills only after it has stayed non-empty for `delayMs`. */
export function useSettled<T>(value: readonly T[], delayMs: number): readonly T[] {
  const [shown, setShown] = useState<readonly T[]>(value);
  useEffect(() => {
    if (value.length === 0) {
      setShown(value);
      return;
    }
    const timer = setTimeout(() => setShown(value), delayMs);
    return () => clearTimeout(timer);
  }, [value, delayMs]);
  return value.length === 0 ? value : shown;
}

/** true once `flag` has stayed true for `delayMs`; false at once. */
export function useSettledFlag(flag: boolean, delayMs: number): boolean {
  const [settled, setSettled] = useState(flag);
  useEffect(() => {
    if (!flag) return setSettled(false);
    const timer = setTimeout(() => setSettled(true), delayMs);
    return () => clearTimeout(timer);
  }, [flag, delayMs]);
  return flag && settled;
}
