// The German demo site and what the German end-to-end tests (Chromium and Firefox) check it against:
// the made-up shop's policy, the rubric, the German locale, and a French policy that is read but not
// graded.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { root } from '../../tools/browser.mjs';

export const demo = join(root, 'tests', 'fixtures', 'sites', 'demo-de');
export const policy = readFileSync(join(demo, 'privacy-policy.html'), 'utf8');
export const rubric = JSON.parse(readFileSync(join(root, 'src', 'rubric', 'default.json'), 'utf8'));
export const de = JSON.parse(readFileSync(join(root, 'extension', '_locales', 'de', 'messages.json'), 'utf8'));
// A locale message with its substitutions, as the browser's i18n fills them in.
export const msg = (key, ...subs) => de[key].message.replace(/\$(\d)/g, (_, n) => subs[Number(n) - 1]);
export const fold = (s) => s.replace(/\s+/g, ' ').trim();
export const policyText = fold(policy.replace(/<[^>]+>/g, ' '));

// A French policy: read, but in a language without a reader.
export const french = `<!doctype html><html lang="fr"><head><title>Politique de confidentialité</title></head><body><main>
  <h1>Politique de confidentialité</h1>
  <p>Nous collectons vos données personnelles pour traiter vos commandes et nous les partageons avec nos prestataires.</p>
  <p>Vous pouvez demander la suppression de vos données à tout moment en nous écrivant.</p>
  <p>Les données sont conservées pendant la durée de la relation commerciale et sont protégées par des mesures de sécurité.</p>
  </main></body></html>`;

// The routes both browsers' German tests serve: the shop (its policy behind the footer's
// "Datenschutzerklärung") and a French boutique whose policy is read but not graded.
export const routes = {
  '/': { body: readFileSync(join(demo, 'index.html')) },
  '/rechtliches/datenschutz': { body: policy },
  'boutique.test/': { body: `<!doctype html><html lang="fr"><head><title>Boutique</title></head><body><main><h1>Boutique</h1>
    <p>Bienvenue dans notre boutique.</p></main><footer><a href="/confidentialite">Politique de confidentialité</a></footer></body></html>` },
  'boutique.test/confidentialite': { body: french },
};
