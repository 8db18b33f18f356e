/**
 * The figures of an import progress line, rounded as a person reads them while they change ten
 * times a second: megabytes to a tenth below 10 MB, whole above; rows per second to two
 * significant digits ("98 000"), so the line does not flicker in its last digits.
 */
import type { ImportProgressReport } from '../../build/build-protocol';

const MB = 1024 * 1024;

export const megabytes = (bytes: number): number => {
  const mb = bytes / MB;
  return mb < 10 ? Math.round(mb * 10) / 10 : Math.round(mb);
};

export const roundedRate = (perSecond: number): number => {
  if (!Number.isFinite(perSecond) || perSecond <= 0) return 0;
  const step = 10 ** Math.max(0, Math.floor(Math.log10(perSecond)) - 1);
  return Math.round(perSecond / step) * step;
};

/** Whole percent read, for aria-valuenow. */
export const percent = (p: Pick<ImportProgressReport, 'bytesRead' | 'totalBytes'>): number =>
  p.totalBytes <= 0 ? 0 : Math.min(100, Math.floor((100 * p.bytesRead) / p.totalBytes));
