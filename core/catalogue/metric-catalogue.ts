/**
 * The metric catalogue (data/metric-catalogue.json): the customer-service metrics the chapter
 * knows, with labels, units, how a year is aggregated from its periods, and categories.
 */
import type { Bilingual } from '../common/lang.js';
import catalogueJson from '../../data/metric-catalogue.json';

export type Aggregation = 'sum' | 'mean' | 'last';

export interface CategoryDef {
  key: string;
  label: Bilingual;
  aliases?: string[];
}

export interface MetricDef {
  key: string;
  label: Bilingual;
  unit: string;
  aggregation: Aggregation;
  aliases?: string[];
  categories?: CategoryDef[];
}

export interface MetricCatalogue {
  units: Record<string, Bilingual>;
  metrics: MetricDef[];
}

export const defaultMetricCatalogue: MetricCatalogue = catalogueJson as MetricCatalogue;
