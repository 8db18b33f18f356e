/** What a yes/no cell can be mapped to: the two values every kind's yes/no columns accept. */
import type { MappingTarget } from './kind.js';

export const BOOLEAN_TARGETS: readonly MappingTarget[] = [
  { value: 'tak', label: { pl: 'tak', en: 'yes' } },
  { value: 'nie', label: { pl: 'nie', en: 'no' } },
];
