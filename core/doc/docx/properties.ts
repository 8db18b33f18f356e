/**
 * Document properties: title, subject, author, keywords (with the GRI codes) and description in
 * core.xml, and the build manifest as custom properties (File → Properties → Custom in Word), so
 * anyone holding the file can tell which inputs, templates and app version made it.
 */
import type { BuildManifest, DocumentMeta } from '../model.js';

interface CoreOptions {
  title: string;
  subject: string;
  creator: string;
  lastModifiedBy: string;
  keywords: string;
  description: string;
  revision: number;
  customProperties: { name: string; value: string }[];
}

export function documentProperties(meta: DocumentMeta, manifest: BuildManifest | undefined): CoreOptions {
  return {
    title: meta.title,
    subject: meta.subject,
    creator: meta.author,
    lastModifiedBy: meta.author,
    keywords: meta.keywords.join(', '),
    description: meta.description ?? meta.subject,
    revision: 1,
    customProperties: manifest ? manifestProperties(manifest) : [],
  };
}

export function manifestProperties(manifest: BuildManifest): { name: string; value: string }[] {
  return [
    { name: 'Raport.GeneratedAt', value: manifest.generatedAt },
    { name: 'Raport.AppVersion', value: manifest.appVersion },
    { name: 'Raport.TemplateVersion', value: manifest.templateVersion },
    ...manifest.inputs.map((i) => ({ name: `Raport.Input.${i.kind}`, value: `${i.name}; sha256=${i.sha256}` })),
  ];
}
